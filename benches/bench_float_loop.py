# Float arithmetic in tight loops: a small n-body style simulation of five
# bodies (one heavy, four orbiting) with softened gravity, plus a scalar
# float accumulation loop.  Measures float boxing/unboxing, list indexing
# and arithmetic operators (including ** 0.5).

DT = 0.01
SOFT = 0.01


def make_bodies():
    # A heavy central body plus four light bodies on near-circular orbits.
    # Stable (non-chaotic) so results are reproducible to the printed digits.
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1000.0]]
    seed = 12345
    for r in (5.0, 8.0, 12.0, 17.0):
        seed = (seed * 1103515245 + 12345) % 2147483648
        jitter = seed / 2147483648.0
        v = (1000.0 / r) ** 0.5 * (1.0 + 0.02 * jitter)
        mass = 0.1 + jitter * 0.4
        # alternate orbit orientation
        if r == 8.0 or r == 17.0:
            bodies.append([0.0, r, 0.1 * jitter, -v, 0.0, 0.05 * jitter, mass])
        else:
            bodies.append([r, 0.0, -0.1 * jitter, 0.0, v, 0.05 * jitter, mass])
    # zero total momentum
    px = py = pz = 0.0
    for b in bodies[1:]:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / sun[6]
    sun[4] = -py / sun[6]
    sun[5] = -pz / sun[6]
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            e -= b[6] * c[6] / (dx * dx + dy * dy + dz * dz + SOFT) ** 0.5
    return e


def advance(bodies, steps):
    n = len(bodies)
    pairs = [(bodies[i], bodies[j]) for i in range(n) for j in range(i + 1, n)]
    for _ in range(steps):
        for b, c in pairs:
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            dz = b[2] - c[2]
            d2 = dx * dx + dy * dy + dz * dz + SOFT
            mag = DT / (d2 * d2 ** 0.5)
            bm = b[6] * mag
            cm = c[6] * mag
            b[3] -= dx * cm
            b[4] -= dy * cm
            b[5] -= dz * cm
            c[3] += dx * bm
            c[4] += dy * bm
            c[5] += dz * bm
        for b in bodies:
            b[0] += DT * b[3]
            b[1] += DT * b[4]
            b[2] += DT * b[5]


def main():
    bodies = make_bodies()
    e0 = energy(bodies)
    advance(bodies, 130000)
    e1 = energy(bodies)
    # Also a plain scalar loop: numerical integration of sin-like series.
    acc = 0.0
    x = 0.0
    for i in range(700000):
        x = i * 0.0001
        acc += x * x * 0.5 - x * 0.25 + 1.0 / (1.0 + x)
    print("energy0 %.9f" % e0)
    print("energy1 %.9f" % e1)
    print("pos %.6f %.6f %.6f" % (bodies[1][0], bodies[1][1], bodies[4][2]))
    print("acc %.6f" % acc)


main()
