#!/usr/bin/env bash
# Message validation benchmark: eaf schema check against xmllint (XSD) and python's
# jsonschema (JSON Schema) on the same generated messages, measured in the same run.
# Usage: bench/messages.sh [COUNT] [RUNS]    (defaults: 10000 messages, 5 runs)
# Needs a release build (swift build -c release), xmllint, hyperfine, python3 + jsonschema.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
runs=${2:-5}
eaf=$PWD/.build/release/eaf
[ -x "$eaf" ] || { echo "build first: swift build -c release" >&2; exit 2; }
work=${TMPDIR:-/tmp}/eaf-bench-messages
rm -rf "$work" && mkdir -p "$work/xml" "$work/json"

python3 - "$work" "$count" <<'PY'
import json, random, sys
work, count = sys.argv[1], int(sys.argv[2])
random.seed(7)
open(f"{work}/person.xsd", "w").write("""<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:grs:person" xmlns="urn:grs:person" elementFormDefault="qualified">
  <xs:element name="person">
    <xs:complexType><xs:sequence>
      <xs:element name="pin"><xs:simpleType><xs:restriction base="xs:string"><xs:pattern value="[12][0-9]{13}"/></xs:restriction></xs:simpleType></xs:element>
      <xs:element name="surname" type="xs:string"/><xs:element name="givenName" type="xs:string"/>
      <xs:element name="birthDate" type="xs:date"/>
      <xs:element name="sex"><xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="1"/><xs:enumeration value="2"/></xs:restriction></xs:simpleType></xs:element>
      <xs:element name="address" maxOccurs="3"><xs:complexType><xs:sequence>
        <xs:element name="region" type="xs:string"/><xs:element name="settlement" type="xs:string"/><xs:element name="street" type="xs:string"/>
        <xs:element name="building" type="xs:string"/><xs:element name="postalCode" type="xs:string" minOccurs="0"/>
      </xs:sequence></xs:complexType></xs:element>
    </xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>
""")
json.dump({
  "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
  "required": ["pin", "surname", "givenName", "birthDate", "sex", "addresses"], "additionalProperties": False,
  "properties": {
    "pin": {"type": "string", "pattern": "^[12][0-9]{13}$"}, "surname": {"type": "string", "minLength": 1},
    "givenName": {"type": "string", "minLength": 1}, "birthDate": {"type": "string", "format": "date"},
    "sex": {"enum": ["1", "2"]},
    "addresses": {"type": "array", "maxItems": 3, "items": {"$ref": "#/$defs/address"}}},
  "$defs": {"address": {"type": "object", "required": ["region", "settlement", "street", "building"],
    "properties": {k: {"type": "string"} for k in ["region", "settlement", "street", "building", "postalCode"]}}}
}, open(f"{work}/person.json", "w"))
names = ["Асанов", "Токтогулова", "Мамытов", "Жээнбекова", "Осмонов"]
for i in range(count):
    pin = f"{random.choice('12')}{random.randrange(10**13):013d}"
    person = {"pin": pin, "surname": random.choice(names), "givenName": "Айгүл", "birthDate": f"19{random.randrange(50,99)}-0{random.randrange(1,9)}-1{random.randrange(0,9)}",
              "sex": random.choice("12"), "addresses": [{"region": "Чүй", "settlement": "Бишкек", "street": "Чүй проспекти", "building": str(i % 300)}]}
    json.dump(person, open(f"{work}/json/m{i:05d}.json", "w"), ensure_ascii=False)
    a = person["addresses"][0]
    open(f"{work}/xml/m{i:05d}.xml", "w").write(
      f'<?xml version="1.0" encoding="UTF-8"?>\n<person xmlns="urn:grs:person"><pin>{pin}</pin><surname>{person["surname"]}</surname>'
      f'<givenName>Айгүл</givenName><birthDate>{person["birthDate"]}</birthDate><sex>{person["sex"]}</sex>'
      f'<address><region>{a["region"]}</region><settlement>{a["settlement"]}</settlement><street>{a["street"]}</street><building>{a["building"]}</building></address></person>\n')
open(f"{work}/jsonschema_check.py", "w").write("""import json, os, sys, jsonschema
schema = json.load(open(sys.argv[1])); validator = jsonschema.Draft202012Validator(schema)
folder = sys.argv[2]; bad = 0
for name in sorted(os.listdir(folder)):
    with open(os.path.join(folder, name)) as f:
        bad += any(True for _ in validator.iter_errors(json.load(f)))
sys.exit(1 if bad else 0)
""")
PY

cd "$work"
echo "## $count messages, $(nproc) cores, $(date -u +%Y-%m-%d)"
hyperfine --style basic --warmup 1 --runs "$runs" --export-markdown xml.md \
  -n "xmllint --noout --schema" "xmllint --noout --schema person.xsd xml/*.xml 2>/dev/null" \
  -n "eaf schema check (1 thread)" "$eaf schema check xml --schema person.xsd --threads 1" \
  -n "eaf schema check (all cores)" "$eaf schema check xml --schema person.xsd" >/dev/null
hyperfine --style basic --warmup 1 --runs "$runs" --export-markdown json.md \
  -n "python jsonschema" "python3 jsonschema_check.py person.json json" \
  -n "eaf schema check (1 thread)" "$eaf schema check json --schema person.json --threads 1" \
  -n "eaf schema check (all cores)" "$eaf schema check json --schema person.json" >/dev/null
echo; echo "### XML against XSD"; cat xml.md; echo; echo "### JSON against JSON Schema"; cat json.md
