# Float arithmetic: an n-body style integration step.
import math

bodies = [[float(i), float(i * 2), float(i * 3), 0.01 * i, 0.02 * i, 0.03 * i, 1.0 + i] for i in range(5)]
dt = 0.001
for step in range(20_000):
    for i in range(5):
        bi = bodies[i]
        for j in range(i + 1, 5):
            bj = bodies[j]
            dx = bi[0] - bj[0]
            dy = bi[1] - bj[1]
            dz = bi[2] - bj[2]
            d2 = dx * dx + dy * dy + dz * dz + 0.01
            mag = dt / (d2 * math.sqrt(d2))
            bi[3] -= dx * bj[6] * mag
            bi[4] -= dy * bj[6] * mag
            bi[5] -= dz * bj[6] * mag
            bj[3] += dx * bi[6] * mag
            bj[4] += dy * bi[6] * mag
            bj[5] += dz * bi[6] * mag
    for b in bodies:
        b[0] += dt * b[3]
        b[1] += dt * b[4]
        b[2] += dt * b[5]
print(" ".join(f"{b[0]:.6f}" for b in bodies))
