#!/bin/sh
while read line; do echo "1.5 abc 0"; done
