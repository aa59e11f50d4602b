#!/usr/bin/python3
"""Writes nltk-reference.json: NLTK's corpus_bleu on 13a-tokenized text, the reference for
dev.plumbline.trainer.eval.Bleu (the Java tests read the JSON; they need no Python).

Run with Debian's python3 and python3-nltk (3.8):
    /usr/bin/python3 make_reference.py > nltk-reference.json

The 13a tokenization below follows mteval-v13a as sacreBLEU documents it (sacrebleu/tokenizers/
tokenizer_13a.py and tokenizer_re.py); sacreBLEU itself is not packaged in Debian. Its tokens are
recorded too, so that the Java tokenizer is checked against this one on every segment.
"""
import json
import re
import sys
import warnings

import nltk
from nltk.translate.bleu_score import corpus_bleu

warnings.simplefilter("ignore")  # NLTK warns when a higher-order precision is zero

RULES = [
    (re.compile(r'([\{-\~\[-\` -\&\(-\+\:-\@\/])'), r' \1 '),
    (re.compile(r'([^0-9])([\.,])'), r'\1 \2 '),
    (re.compile(r'([\.,])([^0-9])'), r' \1 \2'),
    (re.compile(r'([0-9])(-)'), r'\1 \2 '),
]


def tokenize_13a(line):
    line = line.rstrip()
    line = line.replace('<skipped>', '').replace('-\n', '').replace('\n', ' ')
    line = line.replace('&quot;', '"').replace('&amp;', '&').replace('&lt;', '<')
    line = line.replace('&gt;', '>')
    line = " {} ".format(line)
    for pattern, replacement in RULES:
        line = pattern.sub(replacement, line)
    return ' '.join(line.strip().split())


CORPORA = {
    "news": {
        "hypotheses": [
            "The committee approved the budget of $1,250,000 on Tuesday.",
            "Prices rose 3.5% in March, the fastest rise since 2019.",
            "\"We are not worried,\" said the minister (who spoke to reporters).",
            "The 2-3 win put the team at the top of the table.",
            "Researchers found that the drug cut the risk by half.",
            "Shares fell sharply after the announcement &amp; investors sold.",
            "It wasn't clear whether the plan would pass.",
            "The bridge, closed since May, reopens next week.",
        ],
        "references": [[
            "The committee approved a budget of $1,250,000 on Tuesday.",
            "Prices rose by 3.5% in March, the fastest increase since 2019.",
            "\"We are not worried,\" the minister told reporters.",
            "The 2-3 victory put the team at the top of the league.",
            "Researchers found the drug cut the risk in half.",
            "Shares fell sharply after the announcement and investors sold.",
            "It was not clear whether the plan would pass.",
            "The bridge, which has been closed since May, will reopen next week.",
        ], [
            "On Tuesday the committee passed the $1,250,000 budget.",
            "In March prices went up 3.5%, the quickest rise since 2019.",
            "\"We aren't worried,\" said the minister, speaking to reporters.",
            "With the 2-3 win the team went top of the table.",
            "The drug halved the risk, researchers found.",
            "After the announcement shares dropped sharply as investors sold.",
            "Whether the plan would pass wasn't clear.",
            "Closed since May, the bridge reopens next week.",
        ]],
    },
    "short-segments": {
        # Hypotheses shorter than four tokens and a short corpus: brevity penalty and n-gram
        # orders without any candidate. NLTK and sacreBLEU differ here: NLTK's
        # modified_precision divides by max(1, n-grams of the hypothesis), so a segment with no
        # n-gram of an order still adds 1 to that order's denominator; sacreBLEU adds 0.
        "differs_from_sacrebleu": True,
        "hypotheses": ["Yes.", "Thank you very much", "No"],
        "references": [["Yes, indeed.", "Thank you very much.", "No."]],
    },
    "no-four-gram-match": {
        # Unigrams to trigrams match, no 4-gram does: no smoothing gives 0.
        "hypotheses": ["the cat sat on a mat today"],
        "references": [["the cat sat there on the mat"]],
    },
    "empty-hypotheses": {
        "hypotheses": ["", "", ""],
        "references": [["A reference.", "Another one.", "And a third."]],
    },
}


def entry(name, corpus):
    hyps = [tokenize_13a(h).split() for h in corpus["hypotheses"]]
    refs = [[tokenize_13a(stream[i]).split() for stream in corpus["references"]]
            for i in range(len(hyps))]
    return {
        "name": name,
        "hypotheses": corpus["hypotheses"],
        "references": corpus["references"],
        "hypothesis_tokens": [" ".join(h) for h in hyps],
        "reference_tokens": [[" ".join(r) for r in rs] for rs in refs],
        "nltk_corpus_bleu": corpus_bleu(refs, hyps),
        "differs_from_sacrebleu": corpus.get("differs_from_sacrebleu", False),
    }


json.dump({"generator": "make_reference.py", "nltk": nltk.__version__,
           "cases": [entry(name, corpus) for name, corpus in CORPORA.items()]},
          sys.stdout, indent=1, ensure_ascii=False)
print()
