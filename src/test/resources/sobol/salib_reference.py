"""Reference numbers for SobolIndicesTest, from SALib 1.5.2's own code (src/SALib/analyze/sobol.py at tag v1.5.2).

Run with SALib 1.5.2 importable (pandas and multiprocess are imported by SALib but not used here):
    PYTHONPATH=<SALib 1.5.2>/src python3 salib_reference.py
Prints the outputs of a fixed 8-row Saltelli block design of the Ishigami function (k = 3, no second order) and
SALib's S1 and ST on them, plus S1 and ST on one fixed bootstrap resample of the rows (SALib's first_order and
total_order on the outputs as analyze() normalises them).
"""
import numpy as np
from SALib.analyze import sobol

k, n = 3, 8
# Deterministic unit points (no random numbers): A and B rows from two fixed irrational rotations.
A = np.array([[((i + 1) * (0.6180339887 + 0.1 * j)) % 1 for j in range(k)] for i in range(n)])
B = np.array([[((i + 1) * (0.4142135624 + 0.07 * j) + 0.5) % 1 for j in range(k)] for i in range(n)])
rows = []
for i in range(n):
    rows.append(A[i])
    for j in range(k):
        ab = A[i].copy()
        ab[j] = B[i][j]
        rows.append(ab)
    rows.append(B[i])
X = -np.pi + 2 * np.pi * np.array(rows)
Y = np.sin(X[:, 0]) + 7 * np.sin(X[:, 1]) ** 2 + 0.1 * X[:, 2] ** 4 * np.sin(X[:, 0])

problem = {"num_vars": k, "names": ["x1", "x2", "x3"], "bounds": [[-np.pi, np.pi]] * k}
S = sobol.analyze(problem, Y, calc_second_order=False, num_resamples=10, seed=1)
print("y =", ", ".join(repr(float(v)) for v in Y))
print("S1 =", ", ".join(repr(float(v)) for v in S["S1"]))
print("ST =", ", ".join(repr(float(v)) for v in S["ST"]))

r = np.array([3, 0, 7, 3, 5, 1, 1, 6])
Yn = (Y - Y.mean()) / Y.std()
a, b, ab, _ = sobol.separate_output_values(Yn, k, n, False)
print("resample S1 =", ", ".join(repr(float(sobol.first_order(a[r], ab[r, j], b[r]))) for j in range(k)))
print("resample ST =", ", ".join(repr(float(sobol.total_order(a[r], ab[r, j], b[r]))) for j in range(k)))
