#!/usr/bin/env python3
"""A stand-in OpenAI-compatible chat server for benchmarks: waits DELAY_MS, then plans by splitting the question at
" and " or answers by quoting the first sentence of passage 1 with its citation. Usage: openai_stub.py PORT DELAY_MS"""
import html, json, re, sys, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DELAY = int(sys.argv[2]) / 1000.0


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        user = request["messages"][-1]["content"]
        time.sleep(DELAY)
        if "Split the health question" in user:
            question = user[user.rfind("<question>") + 10:user.rfind("</question>")]
            text = "\n".join(re.split(r"\s+and\s+", question))
        else:
            m = re.search(r'<passage n="1"[^>]*>\n(.*?)\n</passage>', user, re.S)
            first = re.split(r"(?<=[.!?])\s+", html.unescape(m.group(1)))[0] if m else ""
            text = first.rstrip(".!?") + " [1]." if first else "NO_VETTED_INFORMATION"
        body = json.dumps({"id": "c", "object": "chat.completion", "created": 0, "model": "stub",
                           "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                           "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
