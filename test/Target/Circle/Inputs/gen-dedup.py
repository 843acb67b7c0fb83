# Prints a module for export-dedup.test: 16 KiB i8 constants, some identical,
# some differing only outside the 4 KiB samples taken at the start, middle
# and end (bytes 6000 and 10000).
n = 16384
a = bytearray((i * 7 + 3) % 256 for i in range(n))
c = bytearray(a); c[6000] ^= 1
d = bytearray(c); d[10000] ^= 1
blobs = {"r_a": a, "r_b": a, "r_c": c, "r_d": d, "r_e": d}
t = f"tensor<{n}xi8>"
print("module {")
print(f"  func.func @main() -> ({', '.join([t] * len(blobs))}) {{")
for k in blobs:
    print(f"    %{k} = circle.const dense_resource<{k}> : {t}")
print(f"    return {', '.join('%' + k for k in blobs)} : {', '.join([t] * len(blobs))}")
print("  }")
print("}")
print("{-#\n  dialect_resources: {\n    builtin: {")
print(",\n".join(f'      {k}: "0x01000000{v.hex()}"' for k, v in blobs.items()))
print("    }\n  }\n#-}")
