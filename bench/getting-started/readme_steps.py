"""The README's getting-started snippets, applied to a Maven project the way its text says.

Usage:
  readme_steps.py extract README NAME          prints the block after <!-- getting-started: NAME -->
  readme_steps.py merge README NAME POM        merges an XML snippet into POM (keeps POM's entries)
  readme_steps.py add-dependency README NAME POM   adds a <dependency> snippet to POM's <dependencies>

Merging follows the README's words "merge these into the parent's <properties>,
<dependencyManagement> and <build> (keep your own entries)": an element the pom already has is
merged into (plugins and dependencies are matched by groupId and artifactId), any other is
appended; list items (<arg>, <path>, <goal>, <execution>) are appended.
"""
import re
import sys
import xml.etree.ElementTree as ET

LIST_ITEMS = {"arg", "path", "goal", "execution", "module"}


def extract(readme, name):
    text = open(readme, encoding="utf-8").read()
    match = re.search(r"<!-- getting-started: " + re.escape(name) + r" -->\s*\n```[a-z]*\n(.*?)\n```",
                      text, re.S)
    if not match:
        sys.exit("[ERROR] README has no getting-started snippet named " + name)
    return match.group(1)


def key(element):
    group = element.findtext("groupId")
    artifact = element.findtext("artifactId")
    return (element.tag, group, artifact) if artifact else (element.tag,)


def merge(target, source):
    for child in source:
        if child.tag in LIST_ITEMS:
            target.append(child)
            continue
        match = next((c for c in target if key(c) == key(child)), None)
        if match is None:
            target.append(child)
        elif len(child):
            match.attrib.update(child.attrib)
            merge(match, child)
        else:
            match.text = child.text


def load(pom):
    return ET.parse(pom)


def main():
    command, readme, name = sys.argv[1:4]
    snippet = extract(readme, name)
    if command == "extract":
        print(snippet)
        return
    pom = sys.argv[4]
    tree = load(pom)
    project = tree.getroot()
    fragment = ET.fromstring("<project>" + snippet + "</project>")
    if command == "add-dependency":
        dependencies = project.find("dependencies")
        if dependencies is None:
            dependencies = ET.SubElement(project, "dependencies")
        dependencies.extend(list(fragment))
    elif command == "merge":
        merge(project, fragment)
    else:
        sys.exit("[ERROR] unknown command " + command)
    ET.indent(tree, "  ")
    tree.write(pom, encoding="UTF-8", xml_declaration=True)


if __name__ == "__main__":
    main()
