public_a = "a"
public_b = "b"
_private_c = "c"
