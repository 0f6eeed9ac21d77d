import VConModel

print("vcon-bench")
