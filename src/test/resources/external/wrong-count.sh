#!/bin/sh
while read line; do echo "1.5 2.5"; done
