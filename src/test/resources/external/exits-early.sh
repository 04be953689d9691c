#!/bin/sh
# Answers once, then fails.
read line
echo "1 2 3"
read line
echo "model crashed: division by zero" >&2
exit 3
