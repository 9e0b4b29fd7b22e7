#pragma once
// Guesses the field of each column of a generic CSV file from its header text, in English and
// Chinese ("nickname"/"昵称" -> display_name, "金额" -> amount, "到期时间" -> expires_at,
// "签到" -> attendance...), for a target. Case, spaces, '_' and '-' are ignored. Each field is
// given to the first column that names it; unknown columns stay unassigned.

#include "CsvField.h"

#include <QStringList>

namespace kindred {

class CsvFieldGuesser final
{
public:
    /// The field `header` names for `target`; Ignore when none.
    static CsvField guess(const QString &header, CsvTarget target);
    /// One field per column of `header` (Ignore for unknown columns and for a field already
    /// given to an earlier column).
    static QList<CsvField> guessAll(const QStringList &header, CsvTarget target);
    /// The target whose own fields (not member fields or row ids) the header names most;
    /// ties go to the more specific target (memberships, activities, feedback, messages,
    /// members); Members when nothing is recognised.
    static CsvTarget guessTarget(const QStringList &header);
};

} // namespace kindred
