#!/usr/bin/env bash
# Photographs the main pages (PagesTourIT.PHOTOGRAPHED) at phone and desktop width into this
# folder, from the demo content of a test server: the same tour that checks every page.
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="$PWD/docs/screenshots"
./mvnw -q -B -ntp install -DskipTests
./mvnw -B -ntp -pl system-tests verify -Dit.test=PagesTourIT "-Dpractica.test.docs.screenshots=$dir"
ls -la "$dir"/*.png
