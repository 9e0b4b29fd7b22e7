#pragma once
// UI language: loads Kindred's and Qt's translations from resources and picks a font that
// renders Chinese ("Noto Sans CJK SC" on Linux, the platform's Chinese UI font elsewhere).

#include <QFont>
#include <QString>

namespace kindred {

class I18n final
{
public:
    /// Languages offered: "en", "zh_CN".
    static QStringList languages();
    /// The language to start with: QSettings "ui/language", else the system locale.
    static QString preferredLanguage();
    /// Installs the translators of `lang` on the application (replacing earlier ones) and sets
    /// the application font for it. Returns false when the translation is missing.
    static bool apply(const QString &lang);
    /// The currently applied language.
    static QString current();
    /// A font that renders `lang` (CJK family for zh_CN), at the application's point size.
    static QFont fontFor(const QString &lang);
};

} // namespace kindred
