#pragma once
// Table models of the Recommendations page (core/analytics/Recommendations.h):
//   SilentMemberModel  the silent members: name, last interaction with a thread, recommended
//                      threads;
//   ReshareModel       the re-share list, one row per (silent member, recommended thread):
//                      member, rank, thread root excerpt, channel, date, score and the
//                      "because you engaged with …" explanation (exported as CSV);
//   PartnerModel       the learning partners of one member: name, cosine similarity, shared
//                      threads.
// IdRole gives the member id of the row (the partner's in PartnerModel); SortRole and
// ExportRole the raw values.

#include "analytics/Recommendations.h"

#include <QAbstractTableModel>

#include <memory>

namespace kindred {

using RecommendationResultPtr = std::shared_ptr<const RecommendationResult>;

class SilentMemberModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SilentMemberModel)
public:
    enum Column
    {
        Name,
        LastEngaged,
        Threads,
        ColumnCount
    };
    explicit SilentMemberModel(QObject *parent = nullptr);
    void setResult(const RecommendationResultPtr &result);
    void retranslate();
    /// Row of `memberId`, or -1.
    int rowOfMember(qint64 memberId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RecommendationResultPtr m_result;
};

class ReshareModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReshareModel)
public:
    enum Column
    {
        Member,
        Rank,
        Thread,
        Channel,
        Date,
        Score,
        Because,
        ColumnCount
    };
    explicit ReshareModel(QObject *parent = nullptr);
    void setResult(const RecommendationResultPtr &result);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int silent = 0; ///< index into RecommendationResult::silent
        int rank = 0;   ///< 0-based index into its threads
    };
    RecommendationResultPtr m_result;
    std::vector<Row> m_rows;
};

class PartnerModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerModel)
public:
    enum Column
    {
        Name,
        Similarity,
        Shared,
        SharedThreads,
        ColumnCount
    };
    explicit PartnerModel(QObject *parent = nullptr);
    /// The partners of `memberId` (RecommendationResult::partners).
    void setMember(const RecommendationResultPtr &result, qint64 memberId);
    const std::vector<PartnerSuggestion> &partners() const { return m_rows; }
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RecommendationResultPtr m_result;
    qint64 m_member = 0;
    std::vector<PartnerSuggestion> m_rows;
};

} // namespace kindred
