"""Prints the messages an aiosmtpd Maildir holds as JSON, decoded: for the browser tests."""

import email
import email.policy
import json
import pathlib
import sys

folder = pathlib.Path(sys.argv[1]) / "new"
files = sorted(folder.glob("*"), key=lambda path: path.stat().st_mtime_ns) if folder.is_dir() else []
messages = []
for path in files:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    messages.append({
        "to": str(message["To"]),
        "subject": str(message["Subject"]),
        "contentLanguage": str(message["Content-Language"] or ""),
        "listUnsubscribe": str(message["List-Unsubscribe"] or ""),
        "messageId": str(message["Message-ID"]),
        "body": message.get_content(),
    })
json.dump(messages, sys.stdout, ensure_ascii=False)
