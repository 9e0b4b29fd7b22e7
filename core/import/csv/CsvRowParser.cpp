#include "CsvRowParser.h"

#include "CsvMoney.h"
#include "CsvValues.h"

#include <QCoreApplication>

namespace kindred {

CsvRowParser::CsvRowParser(const CsvMapping &mapping, const QStringList &header,
                           const QString &defaultCurrency, const QTimeZone &zone)
    : m_mapping(mapping), m_header(header),
      m_currency(mapping.currency.isEmpty() ? defaultCurrency : mapping.currency),
      m_zone(mapping.timezone.isEmpty() ? zone : QTimeZone(mapping.timezone.toUtf8()))
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
    for (const auto &[column, field] : mapping.columns) {
        const qsizetype i = indexOf(header, column);
        if (i < 0)
            m_missingColumns.append(column);
        else
            m_index.insert(int(field), i);
    }
}

qsizetype CsvRowParser::indexOf(const QStringList &header, const QString &column)
{
    if (column.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const int n = column.mid(1).toInt(&ok);
        if (ok && n >= 1 && !header.contains(column))
            return n <= header.size() ? n - 1 : -1;
    }
    const qsizetype exact = header.indexOf(column);
    if (exact >= 0)
        return exact;
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header.at(i).trimmed().compare(column.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

bool CsvRowParser::isReady(QString *error) const
{
    if (!m_missingColumns.isEmpty()) {
        *error = QCoreApplication::translate("CsvImport",
                                             "the mapping's column(s) %1 are not in the file "
                                             "(its columns: %2)")
                     .arg(QLatin1Char('\'') + m_missingColumns.join(QStringLiteral("', '")) +
                              QLatin1Char('\''),
                          m_header.join(QStringLiteral(", ")));
        return false;
    }
    const QList<QList<CsvField>> missing = m_mapping.missingRequired();
    if (!missing.isEmpty()) {
        QStringList what;
        for (const QList<CsvField> &group : missing)
            what.append(CsvFields::describe(group));
        *error =
            QCoreApplication::translate("CsvImport", "%1 needs a column for: %2")
                .arg(CsvFields::targetLabel(m_mapping.target), what.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

bool CsvRowParser::parse(const CsvRecord &record, CsvRow *row, QList<CsvRowError> *errors) const
{
    *row = CsvRow{};
    row->line = record.line;
    bool ok = true;
    auto raw = [&](CsvField f) { return record.value(columnOf(f)); };
    auto value = [&](CsvField f) { return raw(f).trimmed(); };
    auto fail = [&](CsvField f, const QString &message) {
        const qsizetype i = columnOf(f);
        errors->append({record.lineOf(i), i >= 0 ? m_header.value(i) : QString(), message});
        ok = false;
    };
    const QString required = QCoreApplication::translate("CsvImport", "a value is required");
    auto date = [&](CsvField f, bool isRequired, qint64 *out) {
        const QString v = value(f);
        QString why;
        if (v.isEmpty()) {
            if (isRequired)
                fail(f, required);
        } else if (!CsvValues::parseDate(v, m_mapping.dateFormat, m_zone, out, &why)) {
            fail(f, why);
        }
    };
    QString why;
    row->memberId = value(CsvField::MemberId);
    row->username = value(CsvField::Username);
    row->displayName = value(CsvField::DisplayName);
    if (const QString v = value(CsvField::Email);
        !v.isEmpty() && !CsvValues::parseEmail(v, &row->email, &why))
        fail(CsvField::Email, why);
    if (const QString v = value(CsvField::Phone);
        !v.isEmpty() && !CsvValues::parsePhone(v, &row->phone, &why))
        fail(CsvField::Phone, why);
    row->recordId = value(CsvField::RecordId);

    const CsvTarget target = m_mapping.target;
    switch (target) {
    case CsvTarget::Members:
        date(CsvField::JoinedAt, false, &row->at);
        row->tags = value(CsvField::Tags);
        row->notes = value(CsvField::Notes);
        break;
    case CsvTarget::Messages:
        date(CsvField::SentAt, true, &row->at);
        row->channel = value(CsvField::Channel);
        row->text = raw(CsvField::Text);
        row->text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        row->replyTo = value(CsvField::ReplyTo);
        break;
    case CsvTarget::Memberships: {
        date(CsvField::StartedAt, true, &row->at);
        date(CsvField::ExpiresAt, false, &row->endAt);
        row->plan = value(CsvField::Plan);
        const QString currency = value(CsvField::Currency);
        if (!currency.isEmpty() && CsvMoney::normaliseCurrency(currency).isEmpty()) {
            fail(CsvField::Currency,
                 QCoreApplication::translate("CsvImport", "'%1' is not an ISO 4217 currency")
                     .arg(currency));
        } else if (!CsvMoney::parseAmount(value(CsvField::Amount), currency, m_currency,
                                          &row->amountMinor, &row->currency, &why)) {
            fail(CsvField::Amount, why);
        }
        row->hasAmount = !value(CsvField::Amount).isEmpty();
        if (const QString v = value(CsvField::Status);
            !v.isEmpty() && !CsvValues::parseStatus(v, &row->status, &why))
            fail(CsvField::Status, why);
        if (row->at != 0 && row->endAt != 0 && row->endAt < row->at)
            fail(CsvField::ExpiresAt,
                 QCoreApplication::translate("CsvImport", "'%1' is before the start '%2'")
                     .arg(value(CsvField::ExpiresAt), value(CsvField::StartedAt)));
        break;
    }
    case CsvTarget::Feedback:
        date(CsvField::SubmittedAt, true, &row->at);
        row->text = raw(CsvField::Text).trimmed();
        if (const QString v = value(CsvField::Score); !v.isEmpty()) {
            row->hasScore = CsvValues::parseScore(v, &row->score, &why);
            if (!row->hasScore)
                fail(CsvField::Score, why);
        } else if (row->text.isEmpty()) {
            errors->append({record.line, QString(),
                            QCoreApplication::translate("CsvImport",
                                                        "the row has neither a score nor a text")});
            ok = false;
        }
        break;
    case CsvTarget::Activities:
        row->activity = value(CsvField::Activity);
        if (row->activity.isEmpty())
            fail(CsvField::Activity, required);
        row->kind = value(CsvField::Kind);
        date(CsvField::StartsAt, true, &row->at);
        date(CsvField::EndsAt, false, &row->endAt);
        if (row->at != 0 && row->endAt != 0 && row->endAt < row->at)
            fail(CsvField::EndsAt,
                 QCoreApplication::translate("CsvImport", "'%1' is before the start '%2'")
                     .arg(value(CsvField::EndsAt), value(CsvField::StartsAt)));
        if (!CsvValues::parseAttendance(value(CsvField::Attendance), &row->attendance, &why))
            fail(CsvField::Attendance, why);
        break;
    }
    const bool needsMember = target == CsvTarget::Members || target == CsvTarget::Memberships;
    if (needsMember && !row->hasMember() && ok) {
        errors->append(
            {record.line, QString(),
             QCoreApplication::translate("CsvImport", "the row names no member: its member columns "
                                                      "(id, username, name, email, phone) are "
                                                      "empty")});
        ok = false;
    }
    return ok;
}

} // namespace kindred
