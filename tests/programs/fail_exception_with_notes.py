e = ValueError("the main message")
e.add_note("a helpful note")
e.add_note("the last note")
print("raising with notes")
raise e
