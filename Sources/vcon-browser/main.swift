import ArgumentParser
import VConModel

print("vcon-browser \(VConModelInfo.newestSyntax)")
