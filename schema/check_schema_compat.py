#!/usr/bin/env python3
"""Check that two FlatBuffers schemas describe the same wire format.

Usage: check_schema_compat.py OURS.fbs REFERENCE.fbs [--flatc PATH]

Both schemas are compiled by flatc into binary reflection schemas (.bfbs),
without doc comments but with builtin attributes (force_align, deprecated,
...). The .bfbs files are decoded here by a small reader of the reflection
format and reduced to plain dicts, which are then compared field by field.

Everything the wire format depends on is compared: every table and struct
(fields with their slot id, vtable offset, type, default, deprecated/required/
key/optional flags and attributes), every enum and union (underlying type,
member names, values and union member types), the file identifier, the file
extension and the root table. Documentation and the source file names that
flatc records are ignored, and so is the order of top-level declarations,
which flatc does not keep (it sorts tables and enums by name). As a cross-
check of the reader, `flatc --conform` is also run in both directions.

Prints one summary line and exits 0 when the schemas match; prints every
difference and exits 1 when they do not; exits 2 when a schema cannot be
compiled or read.
"""

import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile

# --- Reading a flatbuffer --------------------------------------------------


class Table:
    """One table inside a flatbuffer: resolves fields by vtable offset."""

    def __init__(self, buf, pos):
        self.buf = buf
        self.pos = pos
        vtable = pos - struct.unpack_from("<i", buf, pos)[0]
        self.vtable = vtable
        self.vtable_size = struct.unpack_from("<H", buf, vtable)[0]

    def _field(self, slot):
        if slot >= self.vtable_size:
            return None
        rel = struct.unpack_from("<H", self.buf, self.vtable + slot)[0]
        return self.pos + rel if rel else None

    def scalar(self, slot, fmt, default):
        at = self._field(slot)
        return default if at is None else struct.unpack_from("<" + fmt, self.buf, at)[0]

    def _deref(self, at):
        return at + struct.unpack_from("<I", self.buf, at)[0]

    def string(self, slot):
        at = self._field(slot)
        if at is None:
            return None
        at = self._deref(at)
        length = struct.unpack_from("<I", self.buf, at)[0]
        return self.buf[at + 4:at + 4 + length].decode("utf-8")

    def table(self, slot):
        at = self._field(slot)
        return None if at is None else Table(self.buf, self._deref(at))

    def tables(self, slot):
        at = self._field(slot)
        if at is None:
            return []
        at = self._deref(at)
        count = struct.unpack_from("<I", self.buf, at)[0]
        return [Table(self.buf, self._deref(at + 4 + 4 * i)) for i in range(count)]


# Vtable slots of the reflection schema (flatbuffers' reflection.fbs; the
# slots are stable because reflection.fbs only ever appends fields). A slot
# is 4 + 2 * field id.
class S:  # reflection.Schema
    OBJECTS, ENUMS, FILE_IDENT, FILE_EXT, ROOT_TABLE, SERVICES, ADVANCED_FEATURES = 4, 6, 8, 10, 12, 14, 16


class O:  # reflection.Object
    NAME, FIELDS, IS_STRUCT, MINALIGN, BYTESIZE, ATTRIBUTES = 4, 6, 8, 10, 12, 14


class F:  # reflection.Field
    NAME, TYPE, ID, OFFSET, DEFAULT_INTEGER, DEFAULT_REAL = 4, 6, 8, 10, 12, 14
    DEPRECATED, REQUIRED, KEY, ATTRIBUTES, OPTIONAL, PADDING = 16, 18, 20, 22, 26, 28


class T:  # reflection.Type
    BASE_TYPE, ELEMENT, INDEX, FIXED_LENGTH, BASE_SIZE, ELEMENT_SIZE = 4, 6, 8, 10, 12, 14


class E:  # reflection.Enum
    NAME, VALUES, IS_UNION, UNDERLYING_TYPE, ATTRIBUTES = 4, 6, 8, 10, 12


class V:  # reflection.EnumVal
    NAME, VALUE, UNION_TYPE = 4, 6, 10


class KV:  # reflection.KeyValue
    KEY, VALUE = 4, 6


class SV:  # reflection.Service / reflection.RPCCall
    NAME, CALLS, ATTRIBUTES = 4, 6, 8
    CALL_REQUEST, CALL_RESPONSE, CALL_ATTRIBUTES = 6, 8, 10


BASE_TYPES = ["None", "UType", "Bool", "Byte", "UByte", "Short", "UShort", "Int", "UInt",
              "Long", "ULong", "Float", "Double", "String", "Vector", "Obj", "Union", "Array"]
OBJ = BASE_TYPES.index("Obj")


# --- Reducing a .bfbs to plain data ----------------------------------------


def load_bfbs(path):
    """Returns the schema in `path` as nested dicts keyed by name."""
    with open(path, "rb") as f:
        buf = f.read()
    if len(buf) < 8 or buf[4:8] != b"BFBS":
        raise ValueError("%s is not a binary schema (no BFBS identifier)" % path)
    root = Table(buf, struct.unpack_from("<I", buf, 0)[0])
    objects = root.tables(S.OBJECTS)
    enums = root.tables(S.ENUMS)
    object_names = [o.string(O.NAME) for o in objects]
    enum_names = [e.string(E.NAME) for e in enums]

    def attributes(table, slot):
        return {kv.string(KV.KEY): kv.string(KV.VALUE) for kv in table.tables(slot)}

    def type_of(t):
        if t is None:
            return None
        base = t.scalar(T.BASE_TYPE, "b", 0)
        element = t.scalar(T.ELEMENT, "b", 0)
        index = t.scalar(T.INDEX, "i", -1)
        # The index names an object for tables/structs (or vectors and arrays
        # of them) and an enum for unions, union types and enum-typed scalars.
        # Resolve it to a name: indices shift whenever a name is added.
        if index < 0:
            ref = None
        elif base == OBJ or element == OBJ:
            ref = "table " + object_names[index]
        else:
            ref = "enum " + enum_names[index]
        return {
            "base_type": BASE_TYPES[base] if 0 <= base < len(BASE_TYPES) else base,
            "element": BASE_TYPES[element] if 0 <= element < len(BASE_TYPES) else element,
            "refers_to": ref,
            "fixed_length": t.scalar(T.FIXED_LENGTH, "H", 0),
            "base_size": t.scalar(T.BASE_SIZE, "I", 4),
            "element_size": t.scalar(T.ELEMENT_SIZE, "I", 0),
        }

    schema = {
        "file_identifier": root.string(S.FILE_IDENT),
        "file_extension": root.string(S.FILE_EXT),
        "root_table": None,
        "advanced_features": root.scalar(S.ADVANCED_FEATURES, "Q", 0),
        "tables": {},
        "structs": {},
        "enums": {},
        "unions": {},
        "services": {},
    }
    root_table = root.table(S.ROOT_TABLE)
    if root_table is not None:
        schema["root_table"] = root_table.string(O.NAME)

    for o in objects:
        fields = {}
        for fd in o.tables(O.FIELDS):
            fields[fd.string(F.NAME)] = {
                "id": fd.scalar(F.ID, "H", 0),
                "offset": fd.scalar(F.OFFSET, "H", 0),
                "type": type_of(fd.table(F.TYPE)),
                "default_integer": fd.scalar(F.DEFAULT_INTEGER, "q", 0),
                "default_real": fd.scalar(F.DEFAULT_REAL, "d", 0.0),
                "deprecated": bool(fd.scalar(F.DEPRECATED, "B", 0)),
                "required": bool(fd.scalar(F.REQUIRED, "B", 0)),
                "key": bool(fd.scalar(F.KEY, "B", 0)),
                "optional": bool(fd.scalar(F.OPTIONAL, "B", 0)),
                "padding": fd.scalar(F.PADDING, "H", 0),
                "attributes": attributes(fd, F.ATTRIBUTES),
            }
        is_struct = bool(o.scalar(O.IS_STRUCT, "B", 0))
        schema["structs" if is_struct else "tables"][o.string(O.NAME)] = {
            "minalign": o.scalar(O.MINALIGN, "i", 0),
            "bytesize": o.scalar(O.BYTESIZE, "i", 0),
            "attributes": attributes(o, O.ATTRIBUTES),
            "fields": fields,
        }

    for e in enums:
        is_union = bool(e.scalar(E.IS_UNION, "B", 0))
        values = {}
        for v in e.tables(E.VALUES):
            entry = {"value": v.scalar(V.VALUE, "q", 0)}
            if is_union:
                entry["type"] = type_of(v.table(V.UNION_TYPE))
            values[v.string(V.NAME)] = entry
        schema["unions" if is_union else "enums"][e.string(E.NAME)] = {
            "underlying_type": type_of(e.table(E.UNDERLYING_TYPE)),
            "attributes": attributes(e, E.ATTRIBUTES),
            # Keyed by name: a union member moved to another place shows up
            # as a changed value (its tag).
            "values": values,
        }

    for s in root.tables(S.SERVICES):
        schema["services"][s.string(SV.NAME)] = {
            "attributes": attributes(s, SV.ATTRIBUTES),
            "calls": {c.string(SV.NAME): {
                "request": c.table(SV.CALL_REQUEST).string(O.NAME),
                "response": c.table(SV.CALL_RESPONSE).string(O.NAME),
                "attributes": attributes(c, SV.CALL_ATTRIBUTES),
            } for c in s.tables(SV.CALLS)},
        }

    check_reader(schema, path)
    return schema


def check_reader(schema, path):
    """Guards against misreading the reflection format itself."""
    for name, obj in schema["tables"].items():
        for field, fd in obj["fields"].items():
            if fd["offset"] != 4 + 2 * fd["id"] or fd["type"] is None:
                raise ValueError("%s: %s.%s does not look like a table field (id %d, offset %d)"
                                 % (path, name, field, fd["id"], fd["offset"]))


# --- Comparing ---------------------------------------------------------------

# Top-level sections, named for the messages.
SECTIONS = [("tables", "table"), ("structs", "struct"), ("enums", "enum"),
            ("unions", "union"), ("services", "service")]


def brief(value):
    """A short description of a field, type or value for messages."""
    if isinstance(value, dict) and "base_type" in value:
        text = value["base_type"]
        if value["element"] != "None":
            text += " of " + value["element"]
        if value["refers_to"]:
            text += " (%s)" % value["refers_to"]
        return text
    if isinstance(value, dict) and "id" in value and "type" in value:
        return "field id %d, %s" % (value["id"], brief(value["type"]))
    if isinstance(value, dict) and "value" in value:
        return "value %d" % value["value"]
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def diff(ours, ref, path, out):
    """Appends to `out` one line per difference between `ours` and `ref`."""
    if isinstance(ours, dict) and isinstance(ref, dict):
        for key in sorted(set(ours) | set(ref), key=str):
            where = "%s.%s" % (path, key) if path else str(key)
            if key not in ours:
                out.append("%s: missing here (reference: %s)" % (where, brief(ref[key])))
            elif key not in ref:
                out.append("%s: not in the reference (here: %s)" % (where, brief(ours[key])))
            else:
                diff(ours[key], ref[key], where, out)
    elif ours != ref:
        out.append("%s: %s here, %s in the reference" % (path, brief(ours), brief(ref)))


def compare(ours, ref):
    out = []
    for key in ("file_identifier", "file_extension", "root_table", "advanced_features"):
        diff(ours[key], ref[key], key, out)
    for section, label in SECTIONS:
        for name in sorted(set(ours[section]) | set(ref[section])):
            where = "%s %s" % (label, name)
            if name not in ours[section]:
                out.append("%s: missing here" % where)
            elif name not in ref[section]:
                out.append("%s: not in the reference" % where)
            else:
                diff(ours[section][name], ref[section][name], where, out)
    return out


# --- Driver ------------------------------------------------------------------


def compile_bfbs(flatc, fbs, outdir):
    """Compiles `fbs` into outdir/<stem>.bfbs; returns its path."""
    os.makedirs(outdir)
    # No --bfbs-comments: documentation must not take part in the comparison.
    cmd = [flatc, "--binary", "--schema", "--bfbs-builtins", "-o", outdir, fbs]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)
    if proc.returncode != 0:
        raise RuntimeError("%s failed:\n%s" % (" ".join(cmd), proc.stdout.strip()))
    bfbs = os.path.join(outdir, os.path.splitext(os.path.basename(fbs))[0] + ".bfbs")
    if not os.path.exists(bfbs):
        raise RuntimeError("%s wrote no %s" % (" ".join(cmd), bfbs))
    return bfbs


def conform(flatc, base, candidate):
    """flatc's own evolution check: can `candidate` read what `base` wrote?

    flatc stops at the first problem, so this is only a cross-check of the
    reader above, which lists every difference. Run in both directions it
    catches anything the reader might have missed.
    """
    cmd = [flatc, "--conform", base, candidate]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          universal_newlines=True)
    if proc.returncode == 0:
        return []
    # Keep flatc's message, drop its "error:" and "<path to flatc>:" lines.
    lines = [l.strip() for l in proc.stdout.splitlines()
             if l.strip() and l.strip() != "error:" and not l.strip().endswith("flatc:")]
    return ["flatc --conform %s %s: %s" % (base, candidate, "; ".join(lines) or "failed")]


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("ours", help="the schema to check (schema/circle_schema.fbs)")
    parser.add_argument("reference", help="the reference schema (Circle 0.10)")
    parser.add_argument("--flatc", default=os.environ.get("FLATC") or shutil.which("flatc"),
                        help="flatc to use (default: $FLATC or flatc on PATH)")
    args = parser.parse_args(argv)
    if not args.flatc:
        print("error: flatc not found; pass --flatc or set FLATC", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="schema-compat-") as tmp:
        try:
            ours = load_bfbs(compile_bfbs(args.flatc, args.ours, os.path.join(tmp, "ours")))
            ref = load_bfbs(compile_bfbs(args.flatc, args.reference, os.path.join(tmp, "ref")))
        except (RuntimeError, ValueError, OSError, struct.error) as err:
            print("error: %s" % err, file=sys.stderr)
            return 2

    differences = compare(ours, ref)
    differences += conform(args.flatc, args.reference, args.ours)
    differences += conform(args.flatc, args.ours, args.reference)
    if differences:
        print("schema NOT compatible: %d difference(s) between %s and %s"
              % (len(differences), args.ours, args.reference))
        for line in differences:
            print("  " + line)
        return 1

    fields = sum(len(t["fields"]) for t in ref["tables"].values())
    values = sum(len(e["values"]) for e in ref["enums"].values())
    members = sum(len(u["values"]) for u in ref["unions"].values())
    print("schema compatible: %d tables (%d fields), %d enums (%d values), "
          "%d unions (%d members), %d structs checked; file_identifier %s, root_type %s"
          % (len(ref["tables"]), fields, len(ref["enums"]), values, len(ref["unions"]),
             members, len(ref["structs"]), ref["file_identifier"], ref["root_table"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
