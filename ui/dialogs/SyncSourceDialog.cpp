#include "SyncSourceDialog.h"

#include "Theme.h"
#include "import/ImporterRegistry.h"
#include "models/PlatformNames.h"
#include "models/SyncSourceModel.h"
#include "sync/SyncSourceStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kindred {
namespace {

QLabel *helpLabel(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, Theme::mutedText());
    label->setPalette(p);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.9);
    label->setFont(f);
    return label;
}

/// "ab12cd..." as "AB12 CD34 ..." (groups of four, easier to compare by eye).
QString groupedFingerprint(const QString &hex)
{
    QString out;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += hex.mid(i, 4).toUpper();
    }
    return out;
}

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace

SyncSourceDialog::SyncSourceDialog(const SyncSource &source, const QStringList &takenNames,
                                   QWidget *parent)
    : QDialog(parent), m_original(source), m_takenNames(takenNames), m_name(new QLineEdit),
      m_url(new QLineEdit), m_kind(new QComboBox), m_format(new QComboBox), m_auth(new QComboBox),
      m_username(new QLineEdit), m_secret(new QLineEdit), m_scheduled(new QCheckBox),
      m_every(new QSpinBox), m_enabled(new QCheckBox), m_cert(new QLabel),
      m_forgetCert(new QPushButton), m_certRow(new QWidget), m_error(new QLabel)
{
    setObjectName(QStringLiteral("syncSourceDialog"));
    setWindowTitle(isNew() ? tr("Add Sync Source") : tr("Edit Sync Source"));
    m_error->setObjectName(QStringLiteral("syncError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, Theme::negative());
    m_error->setPalette(p);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("syncDialogOk"));
    m_ok->setText(isNew() ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncSourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    buildForm(form);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);
    updateAuthRows();
}

void SyncSourceDialog::buildForm(QFormLayout *form)
{
    m_form = form;
    const SyncSource &s = m_original;
    m_name->setObjectName(QStringLiteral("syncName"));
    m_name->setText(s.name);
    m_name->setPlaceholderText(tr("e.g. Telegram group export"));
    m_url->setObjectName(QStringLiteral("syncUrl"));
    m_url->setText(s.url);
    m_url->setPlaceholderText(QStringLiteral("https://example.com/exports/result.json"));
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("URL:"), m_url);

    m_kind->setObjectName(QStringLiteral("syncKind"));
    for (const SyncSource::Kind k :
         {SyncSource::Kind::Auto, SyncSource::Kind::File, SyncSource::Kind::Manifest})
        m_kind->addItem(SyncSourceModel::kindText(k), SyncSource::kindKey(k));
    m_kind->setCurrentIndex(m_kind->findData(SyncSource::kindKey(s.kind)));
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(QString(), helpLabel(tr("Automatic: a JSON answer with a \"files\" list is a "
                                         "manifest of several exports, anything else one "
                                         "export file.")));

    m_format->setObjectName(QStringLiteral("syncFormat"));
    m_format->addItem(tr("Detect from the content"), QStringLiteral("auto"));
    for (const QString &f : ImporterRegistry::formats())
        m_format->addItem(PlatformNames::name(f), f);
    const int format = m_format->findData(s.format);
    m_format->setCurrentIndex(format >= 0 ? format : 0);
    form->addRow(tr("Format:"), m_format);

    m_auth->setObjectName(QStringLiteral("syncAuth"));
    m_auth->addItem(tr("None"), SyncSource::authKey(SyncSource::Auth::None));
    m_auth->addItem(tr("Bearer token"), SyncSource::authKey(SyncSource::Auth::Bearer));
    m_auth->addItem(tr("User name and password (Basic)"),
                    SyncSource::authKey(SyncSource::Auth::Basic));
    m_auth->setCurrentIndex(m_auth->findData(SyncSource::authKey(s.auth)));
    connect(m_auth, &QComboBox::currentIndexChanged, this, &SyncSourceDialog::updateAuthRows);
    form->addRow(tr("Sign-in:"), m_auth);
    m_username->setObjectName(QStringLiteral("syncUsername"));
    m_username->setText(s.username);
    form->addRow(tr("User name:"), m_username);
    m_secret->setObjectName(QStringLiteral("syncSecret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setClearButtonEnabled(true);
    form->addRow(tr("Token:"), m_secret);

    m_scheduled->setObjectName(QStringLiteral("syncScheduled"));
    m_scheduled->setText(tr("Sync every"));
    m_every->setObjectName(QStringLiteral("syncEvery"));
    m_every->setRange(1, SyncSourceStore::kMaxEveryMinutes);
    m_every->setSuffix(tr(" min"));
    m_every->setAccelerated(true);
    m_every->setValue(s.everyMinutes > 0 ? s.everyMinutes : 60);
    m_scheduled->setChecked(s.everyMinutes > 0);
    m_every->setEnabled(m_scheduled->isChecked());
    connect(m_scheduled, &QCheckBox::toggled, m_every, &QWidget::setEnabled);
    auto *schedule = new QHBoxLayout;
    schedule->addWidget(m_scheduled);
    schedule->addWidget(m_every);
    schedule->addWidget(helpLabel(tr("while Kindred runs; otherwise only on Sync now")), 1);
    form->addRow(tr("Schedule:"), schedule);

    m_enabled->setObjectName(QStringLiteral("syncEnabled"));
    m_enabled->setText(tr("Included in Sync all and its schedule"));
    m_enabled->setChecked(s.enabled);
    form->addRow(tr("Enabled:"), m_enabled);

    m_cert->setObjectName(QStringLiteral("syncTrustedCert"));
    m_cert->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cert->setWordWrap(true);
    m_cert->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_cert->setText(groupedFingerprint(s.trustedCertSha256));
    m_forgetCert->setObjectName(QStringLiteral("syncForgetCert"));
    m_forgetCert->setText(tr("Forget"));
    m_forgetCert->setToolTip(tr("Stop trusting this certificate: the server must then have a "
                                "certificate the system trusts"));
    m_forgetCert->setAutoDefault(false);
    connect(m_forgetCert, &QPushButton::clicked, this, &SyncSourceDialog::forgetCertificate);
    auto *certLayout = new QHBoxLayout(m_certRow);
    certLayout->setContentsMargins(0, 0, 0, 0);
    certLayout->addWidget(m_cert, 1);
    certLayout->addWidget(m_forgetCert, 0, Qt::AlignTop);
    form->addRow(tr("Trusted certificate:"), m_certRow);
    form->setRowVisible(m_certRow, !s.trustedCertSha256.isEmpty());
}

void SyncSourceDialog::updateAuthRows()
{
    const QString key = m_auth->currentData().toString();
    const bool basic = key == SyncSource::authKey(SyncSource::Auth::Basic);
    const bool none = key == SyncSource::authKey(SyncSource::Auth::None);
    m_form->setRowVisible(m_username, basic);
    m_form->setRowVisible(m_secret, !none);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_secret)))
        label->setText(basic ? tr("Password:") : tr("Token:"));
    const bool stored =
        !m_original.secretRef.isEmpty() && m_original.auth != SyncSource::Auth::None;
    m_secret->setPlaceholderText(stored
                                     ? (basic ? tr("Leave empty to keep the stored password")
                                              : tr("Leave empty to keep the stored token"))
                                     : tr("Kept in the system keychain, never in the workspace"));
}

void SyncSourceDialog::forgetCertificate()
{
    m_certForgotten = true;
    m_cert->setText(tr("Forgotten when you save"));
    m_forgetCert->setEnabled(false);
}

SyncSource SyncSourceDialog::source() const
{
    SyncSource s = m_original;
    s.name = m_name->text().trimmed();
    s.url = m_url->text().trimmed();
    SyncSource::kindFromKey(m_kind->currentData().toString(), &s.kind);
    s.format = m_format->currentData().toString();
    SyncSource::authFromKey(m_auth->currentData().toString(), &s.auth);
    s.username = s.auth == SyncSource::Auth::Basic ? m_username->text().trimmed() : QString();
    s.everyMinutes = m_scheduled->isChecked() ? m_every->value() : 0;
    s.enabled = m_enabled->isChecked();
    if (m_certForgotten)
        s.trustedCertSha256.clear();
    return s;
}

QByteArray SyncSourceDialog::secret() const
{
    return m_auth->currentData().toString() == SyncSource::authKey(SyncSource::Auth::None)
               ? QByteArray()
               : m_secret->text().toUtf8();
}

QString SyncSourceDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SyncSourceDialog::showError(const QString &text)
{
    m_error->setText(capitalized(text));
    m_error->setVisible(!text.isEmpty());
}

void SyncSourceDialog::setBusy(bool busy)
{
    const QList<QWidget *> fields = {m_ok,       m_name,   m_url,       m_kind,    m_format, m_auth,
                                     m_username, m_secret, m_scheduled, m_enabled, m_certRow};
    for (QWidget *w : fields)
        w->setEnabled(!busy);
    m_every->setEnabled(!busy && m_scheduled->isChecked());
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void SyncSourceDialog::finish()
{
    QDialog::accept();
}

void SyncSourceDialog::accept()
{
    const SyncSource s = source();
    QString problem = SyncSourceStore::validate(s);
    if (problem.isEmpty() && m_takenNames.contains(s.name))
        problem = tr("There is already a source named '%1'.").arg(s.name);
    const bool hasStored =
        !m_original.secretRef.isEmpty() && m_original.auth != SyncSource::Auth::None;
    if (problem.isEmpty() && s.auth != SyncSource::Auth::None && secret().isEmpty() && !hasStored)
        problem = s.auth == SyncSource::Auth::Basic
                      ? tr("Enter the password (or choose no sign-in).")
                      : tr("Enter the token (or choose no sign-in).");
    showError(problem);
    if (problem.isEmpty())
        emit submitted();
}

} // namespace kindred
