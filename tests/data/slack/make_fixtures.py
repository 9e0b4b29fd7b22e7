#!/usr/bin/env python3
"""Builds the crafted Slack export zips used by tests/core/tst_slack_import.cpp.

The zips are committed; re-run this script (python3 make_fixtures.py, from any directory)
after editing the sources. Output is deterministic (fixed entry times, sorted entries).

  crafted.zip      the tree crafted/ (every edge case the importer handles), lists first
  wrapped.zip      a small export inside one folder of the archive (re-zipped export)
  no_channels.zip  users.json and a day file, no channels.json
  malformed.zip    a good day file, then general/2024-01-02.json with a missing comma
                   (line 3)
  not_array.zip    a day file whose top level is an object
  crc.zip          stored (uncompressed) entries; one byte of general/2024-01-01.json was
                   changed after writing, so its CRC no longer matches
"""

import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
STAMP = (2024, 1, 3, 12, 0, 0)
LISTS = ["users.json", "channels.json", "groups.json", "mpims.json", "dms.json",
         "integration_logs.json"]

USERS = b'[{"id": "U1", "name": "ann", "profile": {"display_name": "Ann", "real_name": "Ann A"}}]'
CHANNELS = b'[{"id": "C1", "name": "general", "created": 1704000000, "members": ["U1"]}]'
GOOD_DAY = (b'[\n'
            b'    {"type": "message", "user": "U1", "text": "first", "ts": "1704067300.000100"},\n'
            b'    {"type": "message", "user": "U1", "text": "second", "ts": "1704067400.000200"}\n'
            b']\n')
BAD_DAY = (b'[\n'
           b'    {"type": "message", "user": "U1", "text": "ok", "ts": "1704153600.000100"},\n'
           b'    {"type": "message", "user": "U1", "text": "broken" "ts": "1704153700.000200"}\n'
           b']\n')


def write_zip(name, entries, compression=zipfile.ZIP_DEFLATED):
    """entries: list of (archive name, bytes or None for a folder entry)."""
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w") as z:
        for entry, data in entries:
            info = zipfile.ZipInfo(entry, date_time=STAMP)
            info.external_attr = (0o40755 << 16 | 0x10) if data is None else (0o100644 << 16)
            info.compress_type = compression
            z.writestr(info, b"" if data is None else data)
    return path


def tree_entries(root):
    lists, folders = [], {}
    for name in sorted(os.listdir(root)):
        full = os.path.join(root, name)
        if os.path.isdir(full):
            folders[name] = sorted(os.listdir(full))
        else:
            lists.append(name)
    lists.sort(key=lambda n: (LISTS.index(n) if n in LISTS else len(LISTS), n))
    entries = [(n, open(os.path.join(root, n), "rb").read()) for n in lists]
    for folder, files in folders.items():
        entries.append((folder + "/", None))
        for f in files:
            entries.append((folder + "/" + f, open(os.path.join(root, folder, f), "rb").read()))
    return entries


def main():
    write_zip("crafted.zip", tree_entries(os.path.join(HERE, "crafted")))
    top = "Kindred Slack export Jan 1 2024 - Jan 2 2024/"
    write_zip("wrapped.zip", [(top, None), (top + "channels.json", CHANNELS),
                              (top + "users.json", USERS), (top + "general/", None),
                              (top + "general/2024-01-01.json", GOOD_DAY)])
    write_zip("no_channels.zip", [("users.json", USERS), ("general/", None),
                                  ("general/2024-01-01.json", GOOD_DAY)])
    write_zip("malformed.zip", [("channels.json", CHANNELS), ("users.json", USERS),
                                ("general/", None), ("general/2024-01-01.json", GOOD_DAY),
                                ("general/2024-01-02.json", BAD_DAY)])
    write_zip("not_array.zip", [("channels.json", CHANNELS), ("users.json", USERS),
                                ("general/", None),
                                ("general/2024-01-01.json", b'{"messages": []}\n')])
    path = write_zip("crc.zip", [("channels.json", CHANNELS), ("users.json", USERS),
                                 ("general/", None), ("general/2024-01-01.json", GOOD_DAY)],
                     zipfile.ZIP_STORED)
    data = bytearray(open(path, "rb").read())
    at = data.index(b'"second"')
    data[at + 1:at + 2] = b"S"  # "second" -> "Second": same size, wrong CRC
    open(path, "wb").write(bytes(data))


if __name__ == "__main__":
    main()
