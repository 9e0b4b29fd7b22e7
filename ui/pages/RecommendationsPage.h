#pragma once
// The Recommendations page (PRODUCT.md §3 "Recommendations", issue 6 item 5): item-based
// collaborative filtering over the member × thread engagement matrix as of the global
// period's last day (core/analytics/Recommendations.h), computed in a worker (Page::query).
//   header   the offline evaluation: HR@10 of CF vs the popularity baseline over the members
//            evaluated leave-last-one-out, with the size of the matrix and the timings;
//   left     the silent members (SilentMemberModel); selecting one shows the threads to
//            re-share to them with the "because you engaged with …" explanation (ReshareModel
//            through a proxy filtered on the member); "Export CSV…" writes the whole re-share
//            list (UTF-8 BOM);
//   bottom   a member picker and the learning partners to introduce (PartnerModel).
// Double-clicking a member row emits memberRequested.

#include "Page.h"
#include "models/RecommendationModels.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kindred {

class RecommendationsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecommendationsPage)
public:
    explicit RecommendationsPage(QWidget *parent = nullptr);

    QString title() const override;
    QIcon icon(const QColor &color) const override;

    /// What the worker runs: Recommendations::compute as of `period.to` on an open workspace.
    static bool compute(Database &db, const Period &period, RecommendationResult *out,
                        QString *error);

    RecommendationResultPtr result() const { return m_result; }
    SilentMemberModel *silentModel() const { return m_silent; }
    ReshareModel *reshareModel() const { return m_reshare; }
    QSortFilterProxyModel *threadsProxy() const { return m_threadsProxy; }
    PartnerModel *partnerModel() const { return m_partners; }
    QTableView *silentView() const { return m_silentView; }
    QTableView *threadsView() const { return m_threadsView; }
    QTableView *partnerView() const { return m_partnerView; }
    QComboBox *memberPicker() const { return m_picker; }
    QLabel *evaluationLabel() const { return m_evaluation; }
    QPushButton *exportButton() const { return m_export; }

    /// Shows the recommended threads of silent member `memberId` (selects their row).
    void selectSilentMember(qint64 memberId);
    /// Shows the learning partners of `memberId` (sets the picker).
    void showPartnersOf(qint64 memberId);
    /// Writes the re-share list (every silent member's threads) as CSV with a UTF-8 BOM.
    bool exportCsv(const QString &path, QString *error) const;

protected:
    void retranslateUi() override;
    void load() override;

private:
    void showData(const RecommendationResult &result);
    void updateTexts();
    void exportClicked();

    QLabel *m_evaluation;
    QLabel *m_info;
    QLabel *m_silentTitle;
    QLabel *m_threadsTitle;
    QLabel *m_partnersTitle;
    QPushButton *m_export;
    QComboBox *m_picker;
    QTableView *m_silentView;
    QTableView *m_threadsView;
    QTableView *m_partnerView;
    SilentMemberModel *m_silent;
    QSortFilterProxyModel *m_silentProxy;
    ReshareModel *m_reshare;
    QSortFilterProxyModel *m_threadsProxy;
    PartnerModel *m_partners;
    RecommendationResultPtr m_result;
    qint64 m_shownSilent = 0;
};

} // namespace kindred
