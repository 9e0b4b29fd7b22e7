#include "RegressionDesign.h"

#include <QCoreApplication>

#include <cmath>

namespace kindred::regression {

bool designMatrix(const FeatureRows &rows, size_t expected, Eigen::MatrixXd *out, QString *error)
{
    if (rows.empty()) {
        *error = QCoreApplication::translate("Regression", "no observations to fit");
        return false;
    }
    if (rows.size() != expected) {
        *error = QCoreApplication::translate("Regression", "%1 rows of features but %2 targets")
                     .arg(rows.size())
                     .arg(expected);
        return false;
    }
    const size_t width = rows.front().size();
    Eigen::MatrixXd x(Eigen::Index(rows.size()), Eigen::Index(width + 1));
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].size() != width) {
            *error = QCoreApplication::translate("Regression",
                                                 "row %1 has %2 features, the first row %3")
                         .arg(i + 1)
                         .arg(rows[i].size())
                         .arg(width);
            return false;
        }
        x(Eigen::Index(i), 0) = 1.0;
        for (size_t j = 0; j < width; ++j) {
            const double v = rows[i][j];
            if (!std::isfinite(v)) {
                *error = QCoreApplication::translate("Regression",
                                                     "row %1, feature %2 is not a finite number")
                             .arg(i + 1)
                             .arg(j + 1);
                return false;
            }
            x(Eigen::Index(i), Eigen::Index(j + 1)) = v;
        }
    }
    *out = std::move(x);
    return true;
}

} // namespace kindred::regression
