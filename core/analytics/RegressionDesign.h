#pragma once
// Internal to the regression models (LinearRegression, LogisticRegression): checks the rows and
// builds the design matrix X = [1 | x] (a leading column of ones for the intercept).

#include "LinearRegression.h"

#include <Eigen/Dense>

namespace kindred::regression {

/// X = [1 | x] for `rows` (all of one width, finite). False with a translated error (context
/// "Regression") when `rows` is empty, ragged, non-finite, or its size differs from `expected`.
bool designMatrix(const FeatureRows &rows, size_t expected, Eigen::MatrixXd *out, QString *error);

} // namespace kindred::regression
