#!/usr/bin/python3
"""Cuts pages out of a PDF with qpdf and keeps the source's document information (Producer...)."""
import json, subprocess, sys, tempfile, os
src, pages, out = sys.argv[1:4]
with tempfile.TemporaryDirectory() as tmp:
    cut = os.path.join(tmp, "cut.pdf")
    subprocess.run(["qpdf", "--empty", "--pages", src, pages, "--", cut], check=True)
    def objects(pdf, *wanted):
        args = ["qpdf", "--json=2", "--json-key=qpdf"] + [f"--json-object={w}" for w in wanted]
        return json.loads(subprocess.run(args + [pdf], check=True, capture_output=True,
                                         text=True).stdout)["qpdf"]
    info_ref = objects(src, "trailer")[1]["trailer"]["value"]["/Info"]
    number, generation, _ = info_ref.split()
    info = objects(src, f"{number},{generation}")[1]["obj:" + info_ref]["value"]
    target = {"qpdf": objects(cut, "trailer")}
    header = target["qpdf"][0]
    new_id = header["maxobjectid"] + 1
    trailer = target["qpdf"][1]["trailer"]["value"]
    trailer["/Info"] = f"{new_id} 0 R"
    patch = {"qpdf": [{"jsonversion": 2, "pushedinheritedpageresources": False,
                       "calledgetallpages": False, "maxobjectid": new_id},
                      {f"obj:{new_id} 0 R": {"value": info}, "trailer": {"value": trailer}}]}
    patch_file = os.path.join(tmp, "patch.json")
    with open(patch_file, "w") as f:
        json.dump(patch, f)
    subprocess.run(["qpdf", cut, "--update-from-json=" + patch_file, out], check=True)
