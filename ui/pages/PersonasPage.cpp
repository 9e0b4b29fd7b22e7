#include "PersonasPage.h"

#include "widgets/PersonaPanel.h"
#include "widgets/PredictionPanel.h"

#include <QPainter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kindred {
namespace {

/// Three groups of dots: clusters.
QIcon personasIcon(const QColor &color)
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64}) {
        for (const auto &[mode, c] :
             {std::pair{QIcon::Normal, color}, std::pair{QIcon::Selected, QColor(Qt::white)}}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size / 64.0, size / 64.0);
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            const QPointF centres[] = {{18, 20}, {46, 22}, {30, 46}};
            for (const QPointF &centre : centres) {
                p.drawEllipse(centre + QPointF(-5, -3), 5, 5);
                p.drawEllipse(centre + QPointF(5, -3), 5, 5);
                p.drawEllipse(centre + QPointF(0, 6), 5, 5);
            }
            p.end();
            icon.addPixmap(pm, mode);
        }
    }
    return icon;
}

} // namespace

PersonasPage::PersonasPage(QWidget *parent)
    : Page(parent), m_tabs(new QTabWidget), m_personas(new PersonaPanel),
      m_prediction(new PredictionPanel)
{
    m_tabs->setObjectName(QStringLiteral("personasTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_personas, QString());
    m_tabs->addTab(m_prediction, QString());
    connect(m_personas, &PersonaPanel::memberRequested, this, &Page::memberRequested);
    connect(m_prediction, &PredictionPanel::memberRequested, this, &Page::memberRequested);
    connect(m_prediction, &PredictionPanel::statusMessage, this, &Page::statusMessage);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->addWidget(m_tabs);
    setContentWidget(content);
    retranslateUi();
}

QString PersonasPage::title() const
{
    return tr("Personas & prediction");
}

QIcon PersonasPage::icon(const QColor &color) const
{
    return personasIcon(color);
}

QDate PersonasPage::predictionDay(const Period &period, const QDate &lastMessageDay)
{
    if (period.isValid() && lastMessageDay.isValid() && period.to < lastMessageDay)
        return period.to;
    return lastMessageDay;
}

bool PersonasPage::compute(Database &db, const Period &period, PersonasPageData *out,
                           QString *error)
{
    AnalyticsSource source(db);
    if (!source.load(error))
        return false;
    out->period = period;
    out->hasMembers = !source.members().empty();
    if (!out->hasMembers)
        return true;
    for (const MemberFacts &m : source.members())
        out->names.insert(m.id, m.name);

    const PersonasOptions options;
    QString problem;
    if (MemberFeatures::compute(source, period, &out->features, &problem) &&
        Personas::cluster(out->features, options, &out->personas, &problem))
        out->personasOk = true;
    else
        out->personasError = problem;

    PredictionOptions prediction;
    prediction.asOf = predictionDay(period, source.lastMessageDate());
    out->prediction = ActivityPrediction::run(source, prediction);
    return true;
}

void PersonasPage::load()
{
    const Period period = context().period;
    query<PersonasPageData>([period](Database &db, PersonasPageData *out,
                                     QString *error) { return compute(db, period, out, error); },
                            [this](const PersonasPageData &data) { showData(data); });
}

void PersonasPage::showData(const PersonasPageData &data)
{
    if (!data.hasMembers) {
        showNoData();
        return;
    }
    if (data.personasOk)
        m_personas->setResult(data.period, data.personas, data.features, data.names);
    else
        m_personas->setError(data.period, data.personasError);
    m_prediction->setReport(data.prediction);
    showContent();
}

void PersonasPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Personas"));
    m_tabs->setTabToolTip(0, tr("Members of the period clustered by behaviour (k-means)"));
    m_tabs->setTabText(1, tr("Prediction"));
    m_tabs->setTabToolTip(1, tr("Next-30-day activity and churn risk, with the models' error"));
}

} // namespace kindred
