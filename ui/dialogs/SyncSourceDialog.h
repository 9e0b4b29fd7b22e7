#pragma once
// Adds or edits a sync source: name, URL, kind, format, sign-in (none, token, user name and
// password), schedule, enabled, and the certificate the user trusts (shown, can be forgotten).
// The token or password is typed into a password field and never shown; when editing, an
// empty field keeps the stored one. OK checks the entries (SyncSourceStore::validate and the
// names already taken) and shows a problem inline; valid entries are handed to the page
// (submitted()), which stores them and then calls finish(), or showError() to stay open.

#include "sync/SyncSource.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace kindred {

class SyncSourceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncSourceDialog)
public:
    /// Edits `source` (id 0: a new source). `takenNames`: the names of the other sources.
    SyncSourceDialog(const SyncSource &source, const QStringList &takenNames,
                     QWidget *parent = nullptr);

    bool isNew() const { return m_original.id == 0; }
    /// The source as it was given.
    const SyncSource &original() const { return m_original; }
    /// The source as entered (id, secret reference and validators of the original kept).
    SyncSource source() const;
    /// The token or password typed ("" = none typed: keep the stored one).
    QByteArray secret() const;
    /// The inline error ("" when none).
    QString errorText() const;

    /// Shows `text` under the form and keeps the dialog open ("" hides it).
    void showError(const QString &text);
    /// Disables the form while the page stores the source.
    void setBusy(bool busy);
    /// Closes the dialog as accepted (the page stored the source).
    void finish();

public slots:
    /// Checks the entries; emits submitted() when they are valid, else shows why.
    void accept() override;

signals:
    void submitted();

private:
    void buildForm(QFormLayout *form);
    void updateAuthRows();
    void forgetCertificate();

    SyncSource m_original;
    QStringList m_takenNames;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QComboBox *m_kind;
    QComboBox *m_format;
    QComboBox *m_auth;
    QLineEdit *m_username;
    QLineEdit *m_secret;
    QCheckBox *m_scheduled;
    QSpinBox *m_every;
    QCheckBox *m_enabled;
    QLabel *m_cert;
    QPushButton *m_forgetCert;
    QWidget *m_certRow;
    QLabel *m_error;
    QPushButton *m_ok = nullptr;
    bool m_certForgotten = false;
};

} // namespace kindred
