#pragma once
// The "Personas & prediction" page (PRODUCT.md §3): two tabs over the global period.
//   Personas    the members present in the period clustered by behaviour (core/analytics/
//               Personas.h): silhouette per k, clusters with their standardised centroids,
//               the members of the selected cluster (PersonaPanel);
//   Prediction  next-30-day active days and churn risk per member with the models' held-out
//               error beside them (core/analytics/ActivityPrediction.h), as of the period's
//               last day (or the last message day, when the period ends later), an at-risk
//               filter and CSV export (PredictionPanel).
// Both are computed in one worker (Page::query) on the workspace's own connection.
// Double-clicking a member in either list emits memberRequested.

#include "Page.h"
#include "analytics/ActivityPrediction.h"
#include "analytics/Personas.h"

#include <QHash>

#include <vector>

class QTabWidget;

namespace kindred {

class PersonaPanel;
class PredictionPanel;

/// What the worker computes for the page.
struct PersonasPageData
{
    Period period;
    bool hasMembers = false;
    bool personasOk = false;
    QString personasError;
    PersonasResult personas;
    std::vector<MemberFeatureRow> features; ///< of the period, ordered by member id
    QHash<qint64, QString> names;           ///< member id -> display name
    PredictionReport prediction;
};

class PersonasPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonasPage)
public:
    explicit PersonasPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    /// Computes the page's figures on an open workspace (what the worker runs). The prediction
    /// is as of predictionDay(period, last message day). False with `error` only when the
    /// workspace cannot be read; personas or prediction that cannot be computed are reported
    /// in `out` (personasError, prediction.error).
    static bool compute(Database &db, const Period &period, PersonasPageData *out, QString *error);
    /// The day the prediction is made on: the period's last day, or the last message day when
    /// the period ends later (or is invalid).
    static QDate predictionDay(const Period &period, const QDate &lastMessageDay);

    PersonaPanel *personaPanel() const { return m_personas; }
    PredictionPanel *predictionPanel() const { return m_prediction; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void retranslateUi() override;
    void load() override;

private:
    void showData(const PersonasPageData &data);

    QTabWidget *m_tabs;
    PersonaPanel *m_personas;
    PredictionPanel *m_prediction;
};

} // namespace kindred
