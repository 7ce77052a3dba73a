# chapter: 1
# raise SystemExit, like sys.exit() and sys.exit(None), exits with 0.
print("done")
raise SystemExit
