// LinearRegression and LogisticRegression against closed forms and independent computations.
#include "analytics/LinearRegression.h"
#include "analytics/LogisticRegression.h"

#include <QTest>

#include <cmath>

using namespace kindred;

Q_DECLARE_METATYPE(FeatureRows)
Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(std::vector<int>)

namespace {
bool near(double a, double b, double tolerance)
{
    return std::abs(a - b) <= tolerance;
}
} // namespace

class TestRegression : public QObject
{
    Q_OBJECT
private slots:
    void ols_data()
    {
        QTest::addColumn<FeatureRows>("x");
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<double>("ridge");
        QTest::addColumn<std::vector<double>>("beta"); // intercept first
        QTest::addColumn<double>("tolerance");
        // y = 2 + 3·x1 − x2 exactly: every residual 0, so OLS returns the generating β.
        QTest::newRow("exact y = 2 + 3x1 - x2")
            << FeatureRows{{0, 0}, {1, 0}, {0, 1}, {1, 1}, {2, 3}, {3, 5}, {-1, 4}}
            << std::vector<double>{2, 5, 1, 4, 5, 6, -5} << 0.0 << std::vector<double>{2, 3, -1}
            << 1e-9;
        // Five points, one feature: x̄ = 3, ȳ = 4, Sxy = Σ(x−x̄)(y−ȳ) = 4 + 0 + 0 + 0 + 2 = 6,
        // Sxx = 10 → slope 6/10 = 0.6, intercept 4 − 0.6·3 = 2.2.
        QTest::newRow("noisy 5 points")
            << FeatureRows{{1}, {2}, {3}, {4}, {5}} << std::vector<double>{2, 4, 5, 4, 5} << 0.0
            << std::vector<double>{2.2, 0.6} << 1e-12;
        // Ridge on the same points (intercept unpenalised, so the fit centres first):
        // slope = Sxy / (Sxx + λ) = 6 / (10 + 10) = 0.3, intercept = 4 − 0.3·3 = 3.1.
        QTest::newRow("ridge 10 on 5 points")
            << FeatureRows{{1}, {2}, {3}, {4}, {5}} << std::vector<double>{2, 4, 5, 4, 5} << 10.0
            << std::vector<double>{3.1, 0.3} << 1e-12;
        // Two features, six points. Normal equations XᵀX·β = Xᵀy with X = [1 | x]:
        //   [ 6 21 17 ]       [  43 ]
        //   [21 91 65 ] β  =  [ 177 ]   solved exactly (Gauss–Jordan in rationals):
        //   [17 65 59 ]       [ 141 ]   β = (−47/239, 545/478, 569/478).
        QTest::newRow("noisy 2 features")
            << FeatureRows{{1, 2}, {2, 1}, {3, 4}, {4, 3}, {5, 5}, {6, 2}}
            << std::vector<double>{3, 4, 8, 7, 12, 9} << 0.0
            << std::vector<double>{-47.0 / 239.0, 545.0 / 478.0, 569.0 / 478.0} << 1e-12;
    }
    void ols()
    {
        QFETCH(FeatureRows, x);
        QFETCH(std::vector<double>, y);
        QFETCH(double, ridge);
        QFETCH(std::vector<double>, beta);
        QFETCH(double, tolerance);
        LinearRegression model;
        QString error;
        QVERIFY2(model.fit(x, y, &error, ridge), qPrintable(error));
        QVERIFY(model.isFitted());
        QVERIFY2(near(model.intercept(), beta[0], tolerance),
                 qPrintable(QString::number(model.intercept(), 'g', 17)));
        QCOMPARE(model.coefficients().size(), beta.size() - 1);
        for (size_t j = 1; j < beta.size(); ++j)
            QVERIFY2(near(model.coefficients()[j - 1], beta[j], tolerance),
                     qPrintable(QString::number(model.coefficients()[j - 1], 'g', 17)));
        QCOMPARE(model.rank(), int(beta.size()));
        // predict() is β0 + Σ βj·xj.
        double expected = beta[0];
        for (size_t j = 1; j < beta.size(); ++j)
            expected += beta[j] * x[0][j - 1];
        QVERIFY(near(model.predict(x[0]), expected, 1e-9));
        QCOMPARE(model.predict(x).size(), x.size());
    }

    void olsRankDeficient()
    {
        // x2 = 2·x1: rank 2 of 3; the least-squares fit is still exact for y = 1 + x1.
        LinearRegression model;
        QString error;
        QVERIFY(model.fit({{1, 2}, {2, 4}, {3, 6}, {4, 8}}, {2, 3, 4, 5}, &error));
        QCOMPARE(model.rank(), 2);
        for (double x1 : {0.0, 1.5, 10.0})
            QVERIFY(near(model.predict({x1, 2 * x1}), 1 + x1, 1e-9));
    }

    void olsRejectsBadInput_data()
    {
        QTest::addColumn<FeatureRows>("x");
        QTest::addColumn<std::vector<double>>("y");
        QTest::newRow("no rows") << FeatureRows{} << std::vector<double>{};
        QTest::newRow("ragged") << FeatureRows{{1, 2}, {3}, {4, 5}} << std::vector<double>{1, 2, 3};
        QTest::newRow("count mismatch") << FeatureRows{{1}, {2}, {3}} << std::vector<double>{1, 2};
        QTest::newRow("fewer rows than parameters")
            << FeatureRows{{1, 2}, {3, 4}} << std::vector<double>{1, 2};
        QTest::newRow("nan feature")
            << FeatureRows{{1}, {std::nan("")}, {3}} << std::vector<double>{1, 2, 3};
        QTest::newRow("infinite target")
            << FeatureRows{{1}, {2}, {3}} << std::vector<double>{1, HUGE_VAL, 3};
    }
    void olsRejectsBadInput()
    {
        QFETCH(FeatureRows, x);
        QFETCH(std::vector<double>, y);
        LinearRegression model;
        QString error;
        QVERIFY(!model.fit(x, y, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!model.isFitted());
    }

    void errors_data()
    {
        QTest::addColumn<std::vector<double>>("truth");
        QTest::addColumn<std::vector<double>>("predicted");
        QTest::addColumn<double>("mae");
        QTest::addColumn<double>("rmse");
        QTest::newRow("perfect") << std::vector<double>{1, 2, 3} << std::vector<double>{1, 2, 3}
                                 << 0.0 << 0.0;
        // |e| = 1, 2, 3 → MAE 2; e² = 1, 4, 9 → RMSE √(14/3).
        QTest::newRow("mixed signs")
            << std::vector<double>{0, 0, 0} << std::vector<double>{1, -2, 3} << 2.0
            << std::sqrt(14.0 / 3.0);
        QTest::newRow("one row") << std::vector<double>{5} << std::vector<double>{1} << 4.0 << 4.0;
    }
    void errors()
    {
        QFETCH(std::vector<double>, truth);
        QFETCH(std::vector<double>, predicted);
        QFETCH(double, mae);
        QFETCH(double, rmse);
        QVERIFY(near(LinearRegression::meanAbsoluteError(truth, predicted), mae, 1e-15));
        QVERIFY(near(LinearRegression::rootMeanSquaredError(truth, predicted), rmse, 1e-15));
        QVERIFY(std::isnan(LinearRegression::meanAbsoluteError({}, {})));
        QVERIFY(std::isnan(LinearRegression::rootMeanSquaredError({1}, {1, 2})));
    }

    void logistic_data()
    {
        QTest::addColumn<FeatureRows>("x");
        QTest::addColumn<std::vector<int>>("y");
        QTest::addColumn<double>("l2");
        QTest::addColumn<std::vector<double>>("beta"); // intercept first
        // Expected β from an independent numpy implementation of the same objective (Newton,
        // 200 iterations, np.linalg.solve; gradient at the result < 3e-15), run once with
        // Debian's python3-numpy 1.24.2:
        //   X = column_stack([ones, x]); D = λ·I with D[0,0] = 0
        //   repeat: p = 1/(1+exp(−Xb)); b −= solve(Xᵀ diag(p(1−p)) X + D, Xᵀ(p−y) + D b)
        const FeatureRows x1{{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}};
        const std::vector<int> y1{0, 0, 1, 0, 1, 0, 1, 1};
        QTest::newRow("1 feature, maximum likelihood")
            << x1 << y1 << 0.0 << std::vector<double>{-2.6733796208936007, 0.594084360198578};
        QTest::newRow("1 feature, l2 1")
            << x1 << y1 << 1.0 << std::vector<double>{-2.2808127857343994, 0.5068472857187554};
        // Separable: only the penalty keeps β finite.
        QTest::newRow("separable, l2 1")
            << FeatureRows{{0, 0}, {1, 0}, {0, 1}, {2, 2}, {3, 2}, {2, 3}}
            << std::vector<int>{0, 0, 0, 1, 1, 1} << 1.0
            << std::vector<double>{-2.3138629513493334, 0.8683479350303885, 0.8683479350303885};
        QTest::newRow("2 features, l2 0.5")
            << FeatureRows{{0.5, 1.0},  {1.5, -0.5}, {-1.0, 0.3},  {2.0, 1.2},  {0.1, -1.1},
                           {-0.7, 0.8}, {1.1, 0.4},  {-1.5, -0.6}, {0.9, -0.2}, {0.3, 1.9}}
            << std::vector<int>{1, 1, 0, 1, 0, 0, 1, 0, 0, 1} << 0.5
            << std::vector<double>{-0.9759853187009716, 1.5473385016675276, 1.1451083786241643};
    }
    void logistic()
    {
        QFETCH(FeatureRows, x);
        QFETCH(std::vector<int>, y);
        QFETCH(double, l2);
        QFETCH(std::vector<double>, beta);
        LogisticRegression model;
        LogisticRegression::Options options;
        options.l2 = l2;
        QString error;
        QVERIFY2(model.fit(x, y, options, &error), qPrintable(error));
        QVERIFY(model.converged());
        QVERIFY(model.iterations() < 50);
        QVERIFY2(near(model.intercept(), beta[0], 1e-9),
                 qPrintable(QString::number(model.intercept(), 'g', 17)));
        for (size_t j = 1; j < beta.size(); ++j)
            QVERIFY2(near(model.coefficients()[j - 1], beta[j], 1e-9),
                     qPrintable(QString::number(model.coefficients()[j - 1], 'g', 17)));
        // Optimality, checked here without numpy: Σ(yi − pi) = 0 (the intercept is never
        // penalised) and Σ xij(yi − pi) = λ·βj.
        std::vector<double> score(beta.size(), 0.0);
        for (size_t i = 0; i < x.size(); ++i) {
            const double r = y[i] - model.probability(x[i]);
            score[0] += r;
            for (size_t j = 0; j < x[i].size(); ++j)
                score[j + 1] += x[i][j] * r;
        }
        QVERIFY(near(score[0], 0.0, 1e-9));
        for (size_t j = 1; j < beta.size(); ++j)
            QVERIFY(near(score[j], l2 * model.coefficients()[j - 1], 1e-9));
    }

    void logisticSeparableWithoutPenaltyDoesNotConverge()
    {
        LogisticRegression model;
        LogisticRegression::Options options;
        options.l2 = 0.0;
        options.maxIterations = 20;
        QString error;
        QVERIFY(model.fit({{0}, {1}, {2}, {3}}, {0, 0, 1, 1}, options, &error));
        QVERIFY(!model.converged());
        QVERIFY(model.coefficients()[0] > 5); // growing towards +∞
        QVERIFY(model.probability({0}) < 0.01 && model.probability({3}) > 0.99);
    }

    void logisticRejectsBadInput()
    {
        LogisticRegression model;
        QString error;
        QVERIFY(!model.fit({{1}, {2}}, {0, 2}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!model.fit({{1}, {2}}, {0}, &error));
        LogisticRegression::Options negative;
        negative.l2 = -1;
        QVERIFY(!model.fit({{1}, {2}}, {0, 1}, negative, &error));
        QVERIFY(!model.isFitted());
    }

    void sigmoidIsStable()
    {
        QCOMPARE(LogisticRegression::sigmoid(0), 0.5);
        QVERIFY(near(LogisticRegression::sigmoid(2), 1 / (1 + std::exp(-2.0)), 1e-16));
        QCOMPARE(LogisticRegression::sigmoid(-1000), 0.0);
        QCOMPARE(LogisticRegression::sigmoid(1000), 1.0);
        QVERIFY(std::isfinite(LogisticRegression::sigmoid(-745)));
    }

    void auc_data()
    {
        QTest::addColumn<std::vector<double>>("scores");
        QTest::addColumn<std::vector<int>>("labels");
        QTest::addColumn<double>("auc");
        QTest::newRow("perfect") << std::vector<double>{0.1, 0.2, 0.8, 0.9}
                                 << std::vector<int>{0, 0, 1, 1} << 1.0;
        QTest::newRow("reversed") << std::vector<double>{0.9, 0.8, 0.2, 0.1}
                                  << std::vector<int>{0, 0, 1, 1} << 0.0;
        QTest::newRow("all tied") << std::vector<double>{3, 3, 3, 3, 3}
                                  << std::vector<int>{1, 0, 1, 0, 0} << 0.5;
        // Positives 0.35, 0.8, 0.4 vs negatives 0.1, 0.4, counted by hand:
        // 0.35: beats 0.1, loses to 0.4 → 1; 0.8: beats both → 2; 0.4: beats 0.1, ties 0.4 →
        // 1.5; total 4.5 of 3·2 = 6 pairs → 0.75.
        QTest::newRow("mixed with a tie") << std::vector<double>{0.1, 0.4, 0.35, 0.8, 0.4}
                                          << std::vector<int>{0, 0, 1, 1, 1} << 0.75;
        // Integer scores (days since active): positives 30, 5, 12; negatives 1, 5, 40, 0.
        // 30 beats 1, 5, 0 → 3; 5 beats 1, 0, ties 5 → 2.5; 12 beats 1, 5, 0 → 3; 8.5 / 12.
        QTest::newRow("integer scores") << std::vector<double>{30, 1, 5, 5, 40, 12, 0}
                                        << std::vector<int>{1, 0, 1, 0, 0, 1, 0} << 8.5 / 12.0;
    }
    void auc()
    {
        QFETCH(std::vector<double>, scores);
        QFETCH(std::vector<int>, labels);
        QFETCH(double, auc);
        QVERIFY(near(LogisticRegression::auc(scores, labels), auc, 1e-15));
    }

    void aucUndefined()
    {
        QVERIFY(std::isnan(LogisticRegression::auc({0.1, 0.2}, {1, 1})));
        QVERIFY(std::isnan(LogisticRegression::auc({0.1, 0.2}, {0, 0})));
        QVERIFY(std::isnan(LogisticRegression::auc({}, {})));
        QVERIFY(std::isnan(LogisticRegression::auc({0.1}, {0, 1})));
    }

    void logLossAndAccuracy()
    {
        // p = 0.9 (y 1), 0.2 (y 0), 0.6 (y 0): log-loss −(ln 0.9 + ln 0.8 + ln 0.4)/3;
        // at 0.5 the first two are right, the third wrong → 2/3.
        const std::vector<double> p{0.9, 0.2, 0.6};
        const std::vector<int> y{1, 0, 0};
        QVERIFY(near(LogisticRegression::logLoss(p, y),
                     -(std::log(0.9) + std::log(0.8) + std::log(0.4)) / 3.0, 1e-15));
        QVERIFY(near(LogisticRegression::accuracy(p, y), 2.0 / 3.0, 1e-15));
        QVERIFY(near(LogisticRegression::accuracy(p, y, 0.7), 1.0, 1e-15));
        // Certain and wrong is clipped at 1e-15, not infinite.
        QVERIFY(near(LogisticRegression::logLoss({0.0}, {1}), -std::log(1e-15), 1e-9));
        QVERIFY(std::isnan(LogisticRegression::logLoss({}, {})));
        QVERIFY(std::isnan(LogisticRegression::accuracy({0.5}, {})));
    }
};

QTEST_GUILESS_MAIN(TestRegression)
#include "tst_regression.moc"
