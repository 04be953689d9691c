#!/bin/sh
read line
sleep 5
echo "1 2 3"
