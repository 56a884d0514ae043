#!/usr/bin/env python3
"""A stand-in OpenAI-compatible chat server for benchmarks, not a language model. After DELAY_MS it either plans
(splits the question at " and ") or answers extractively from the passages it was given: for each of the first
three passages that shares a word with the question, it quotes that passage's sentence (ending at . ! ? or a line
break) sharing the most words with the question, with the passage's [n] citation. So what it writes comes only
from the prompt, and citation support can be measured. GET /stats returns the answer calls so far and their estimated prompt tokens (question plus
each passage's title, source and text; one token per started six characters of each word, as Salus estimates).
Usage: openai_stub.py PORT DELAY_MS"""
import html, json, re, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DELAY = int(sys.argv[2]) / 1000.0
PASSAGE = re.compile(r'<passage n="(\d+)" title="([^"]*)" source="([^"]*)">\n(.*?)\n</passage>', re.S)
QUESTION = re.compile(r"<question>\n(.*?)\n</question>", re.S)
STOP = set("a an and are as at be but by can do does for from has have how i if in is it its my of on or should so "
           "that the their there these this to was what when where which who why will with you your".split())
MAX_QUOTES = 3
lock = threading.Lock()
stats = {"answerCalls": 0, "promptTokens": 0}


def words(text):
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP and len(w) > 2}


def tokens(text):
    return sum((len(w) + 5) // 6 for w in text.split())


def answer(user):
    m = QUESTION.search(user)
    question = html.unescape(m.group(1)) if m else ""
    asked = words(question)
    passages = [(n, html.unescape(t), html.unescape(s), html.unescape(body)) for n, t, s, body in PASSAGE.findall(user)]
    with lock:
        stats["answerCalls"] += 1
        stats["promptTokens"] += tokens(question) + sum(tokens(t + " " + s + " " + b) for _, t, s, b in passages)
    quotes = []
    for n, _, _, body in passages:
        best, overlap = None, 0
        for sentence in re.split(r"(?<=[.!?])\s+|\s*\n\s*", body.strip()):
            shared = len(words(sentence) & asked)
            if shared > overlap:
                best, overlap = sentence, shared
        if best:
            quotes.append(best.rstrip(".!? ") + " [" + n + "].")
        if len(quotes) == MAX_QUOTES:
            break
    return " ".join(quotes) if quotes else "NO_VETTED_INFORMATION"


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        with lock:
            self.reply(json.dumps(stats).encode())

    def do_POST(self):
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        user = request["messages"][-1]["content"]
        time.sleep(DELAY)
        if "Split the health question" in user:
            question = user[user.rfind("<question>") + 10:user.rfind("</question>")]
            text = "\n".join(re.split(r"\s+and\s+", question))
        else:
            text = answer(user)
        self.reply(json.dumps({"id": "c", "object": "chat.completion", "created": 0, "model": "stub",
                               "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                                            "finish_reason": "stop"}],
                               "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2}}).encode())

    def reply(self, body):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
