#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# no_check.sh: stands in for the unit suites when configure did not find
# the Check library. Vitaal itself builds without it; its tests cannot
# run, so this fails at once and says what to install.
echo "1..1"
echo "not ok 1 - de unittests hebben de Check-bibliotheek nodig; installeer die (Debian: apt-get install check) en draai ./configure opnieuw"
echo "Bail out! Check ontbreekt: apt-get install check, dan ./configure && make check"
exit 1
