#include "CsvMappingDialog.h"

#include "Theme.h"
#include "import/csv/CsvFieldGuesser.h"
#include "import/csv/CsvMappingStore.h"
#include "import/csv/CsvRowParser.h"
#include "import/csv/CsvSniffer.h"
#include "storage/CommunityStore.h"
#include "storage/Database.h"
#include "widgets/CsvMappingForm.h"
#include "widgets/CsvPreviewTable.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace kindred {

CsvMappingDialog::CsvMappingDialog(const QString &workspacePath, const QString &csvPath,
                                   QWidget *parent)
    : QDialog(parent), m_db(std::make_unique<Database>()), m_csvPath(csvPath),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("csvMappingDialog"));
    setWindowTitle(tr("Import CSV — %1").arg(QFileInfo(csvPath).fileName()));
    m_timer->setSingleShot(true);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &CsvMappingDialog::refresh);

    QString error;
    QStringList sources;
    CsvMapping initial;
    bool remembered = false;
    QStringList header;
    {
        CsvRecordSource source;
        ImportError openError;
        if (source.open(csvPath, QStringLiteral("auto"), QStringLiteral("auto"), 1, &openError))
            header = source.header();
    }
    // Tiny reads on the dialog's own connection; a workspace that does not exist yet is not
    // created here (open() would).
    if (QFileInfo::exists(workspacePath) && m_db->open(workspacePath, &error)) {
        CommunitySettings community;
        if (CommunityStore(*m_db).read(&community, &error)) {
            m_defaultCurrency = community.currency;
            if (const QTimeZone zone(community.timezone.toUtf8()); zone.isValid())
                m_defaultZone = zone;
        }
        const CsvMappingStore store(*m_db);
        sources = store.sources();
        remembered = store.findForHeader(header, &initial);
    }
    if (remembered) {
        m_remembered = initial.source;
        initial.skipInvalidRows = false;
    } else {
        initial.target = CsvFieldGuesser::guessTarget(header);
        const QList<CsvField> fields = CsvFieldGuesser::guessAll(header, initial.target);
        for (qsizetype i = 0; i < fields.size(); ++i)
            initial.assign(header.at(i), fields.at(i));
    }
    buildUi();
    m_form->setDefaults(m_defaultCurrency, QString::fromUtf8(m_defaultZone.id()));
    m_form->setSources(sources);
    setMapping(initial);
}

CsvMappingDialog::~CsvMappingDialog() = default;

void CsvMappingDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto make = [this](auto *widget, const char *name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };
    m_form = make(new CsvMappingForm(this), "csvMappingForm");
    layout->addWidget(m_form);
    m_table = make(new CsvPreviewTable(this), "csvPreview");
    m_table->setMinimumHeight(260);
    layout->addWidget(m_table, 1);
    m_status = make(new QLabel(this), "csvStatus");
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_errors = make(new QListWidget(this), "csvErrors");
    m_errors->setMaximumHeight(120);
    QPalette p = m_errors->palette();
    p.setColor(QPalette::Text, Theme::negative());
    m_errors->setPalette(p);
    layout->addWidget(m_errors);
    m_skipInvalid = make(new QCheckBox(tr("Skip invalid rows (they are listed as warnings)"), this),
                         "csvSkipInvalid");
    layout->addWidget(m_skipInvalid);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = make(buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole), "csvImport");
    auto *load = make(buttons->addButton(tr("Load Mapping…"), QDialogButtonBox::ActionRole),
                      "csvLoadMapping");
    auto *save = make(buttons->addButton(tr("Save Mapping…"), QDialogButtonBox::ActionRole),
                      "csvSaveMapping");
    layout->addWidget(buttons);
    resize(980, 680);

    connect(buttons, &QDialogButtonBox::accepted, this, &CsvMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(load, &QPushButton::clicked, this, &CsvMappingDialog::chooseLoadFile);
    connect(save, &QPushButton::clicked, this, &CsvMappingDialog::chooseSaveFile);
    connect(m_form, &CsvMappingForm::targetChanged, this, &CsvMappingDialog::onTargetChanged);
    connect(m_form, &CsvMappingForm::sourceChosen, this, &CsvMappingDialog::onSourceChosen);
    connect(m_form, &CsvMappingForm::changed, this, [this]() {
        m_form->apply(&m_mapping);
        scheduleRefresh();
    });
    connect(m_table, &CsvPreviewTable::assignmentChanged, this,
            &CsvMappingDialog::onAssignmentChanged);
    connect(m_skipInvalid, &QCheckBox::toggled, this, [this]() { showValidation(); });
}

CsvMapping CsvMappingDialog::mapping() const
{
    CsvMapping m = m_mapping;
    m.skipInvalidRows = m_skipInvalid->isChecked();
    return m;
}

void CsvMappingDialog::setMapping(const CsvMapping &mapping)
{
    m_mapping = mapping;
    m_form->setMapping(mapping);
    m_skipInvalid->setChecked(mapping.skipInvalidRows);
    refresh();
}

void CsvMappingDialog::scheduleRefresh()
{
    m_timer->start();
}

QString CsvMappingDialog::columnName(int i) const
{
    const QStringList &header = m_validation.header;
    const QString name = header.value(i);
    if (m_mapping.headerRow == 0 || name.isEmpty() || header.count(name) > 1 ||
        name.startsWith(QLatin1Char('#')))
        return QStringLiteral("#%1").arg(i + 1);
    return name;
}

QList<CsvField> CsvMappingDialog::assignedFields() const
{
    QList<CsvField> out;
    for (const QString &h : m_validation.header) {
        Q_UNUSED(h);
        out.append(CsvField::Ignore);
    }
    for (const auto &[column, field] : m_mapping.columns) {
        const qsizetype i = CsvRowParser::indexOf(m_validation.header, column);
        if (i >= 0)
            out[i] = field;
    }
    return out;
}

void CsvMappingDialog::onTargetChanged()
{
    m_form->apply(&m_mapping);
    // Keep the assignments the new target has; guess the other columns again.
    const QList<CsvField> allowed = CsvFields::fieldsFor(m_mapping.target);
    const QList<CsvField> guessed =
        CsvFieldGuesser::guessAll(m_validation.header, m_mapping.target);
    const QList<CsvField> before = assignedFields();
    m_mapping.columns.clear();
    for (int i = 0; i < before.size(); ++i) {
        const CsvField keep = allowed.contains(before.at(i)) ? before.at(i) : CsvField::Ignore;
        if (keep != CsvField::Ignore)
            m_mapping.assign(columnName(i), keep);
    }
    for (int i = 0; i < guessed.size(); ++i) {
        if (guessed.at(i) != CsvField::Ignore && !m_mapping.isMapped(guessed.at(i)) &&
            m_mapping.fieldOf(columnName(i)) == CsvField::Ignore)
            m_mapping.assign(columnName(i), guessed.at(i));
    }
    refresh();
}

void CsvMappingDialog::onSourceChosen(const QString &source)
{
    CsvMapping remembered;
    if (m_db->isOpen() && CsvMappingStore(*m_db).load(source, &remembered)) {
        m_remembered = source;
        remembered.skipInvalidRows = false;
        setMapping(remembered);
    }
}

void CsvMappingDialog::onAssignmentChanged(int column, CsvField field)
{
    m_mapping.assign(columnName(column), field);
    // A field belongs to one column: the combo that held it before now shows (ignore).
    const QList<CsvField> fields = assignedFields();
    for (int c = 0; c < fields.size(); ++c)
        m_table->setAssignment(c, fields.at(c));
    scheduleRefresh();
}

void CsvMappingDialog::refresh()
{
    m_timer->stop();
    auto validate = [this] {
        return CsvValidator(m_mapping, m_defaultCurrency, m_defaultZone)
            .validate(m_csvPath, kCheckedRows, kPreviewRows);
    };
    m_validation = validate();
    if (m_validation.header != m_shownHeader) {
        // Another header (encoding, delimiter or header row changed): keep the columns it still
        // has; guess again when none is left.
        m_shownHeader = m_validation.header;
        const auto old = m_mapping.columns;
        m_mapping.columns.clear();
        for (const auto &[column, field] : old)
            if (CsvRowParser::indexOf(m_validation.header, column) >= 0)
                m_mapping.columns.append({column, field});
        if (m_mapping.columns.isEmpty()) {
            const QList<CsvField> guessed =
                CsvFieldGuesser::guessAll(m_validation.header, m_mapping.target);
            for (int i = 0; i < guessed.size(); ++i)
                m_mapping.assign(columnName(i), guessed.at(i));
        }
        if (m_mapping.columns != old)
            m_validation = validate();
    }
    m_table->setContents(m_validation.header, m_validation.preview,
                         CsvFields::fieldsFor(m_mapping.target), assignedFields());
    CsvSniffResult detected;
    detected.encoding = m_validation.encoding;
    detected.bom = m_validation.bom;
    detected.delimiter = m_validation.delimiter;
    const bool read = !m_validation.encoding.isEmpty();
    m_form->setDetected(read ? detected.encodingLabel() : QString(),
                        read ? detected.delimiterLabel() : QString());
    showValidation();
}

QStringList CsvMappingDialog::errorLines() const
{
    QStringList lines;
    QString why;
    if (!m_mapping.validate(&why))
        lines.append(why);
    const ImportError &f = m_validation.fileError;
    if (f.isSet())
        lines.append(f.line > 0 ? tr("line %1: %2").arg(f.line).arg(f.message) : f.message);
    if (!m_validation.mappingError.isEmpty())
        lines.append(m_validation.mappingError);
    for (const CsvRowError &e : m_validation.errors)
        lines.append(e.toString(QString()));
    return lines;
}

bool CsvMappingDialog::canImport() const
{
    QString why;
    return m_mapping.validate(&why) && !m_validation.fileError.isSet() &&
           m_validation.mappingError.isEmpty() && m_mapping.missingRequired().isEmpty() &&
           (m_validation.invalidRows == 0 || m_skipInvalid->isChecked());
}

void CsvMappingDialog::showValidation()
{
    m_errors->clear();
    m_errors->addItems(errorLines());
    m_errors->setVisible(m_errors->count() > 0);
    m_table->markErrors(m_validation.errors);
    QStringList status;
    if (!m_remembered.isEmpty())
        status.append(tr("Mapping remembered for source '%1'.").arg(m_remembered));
    if (!m_validation.fileError.isSet()) {
        QString checked = tr("%n row(s) checked", nullptr, int(m_validation.rows));
        if (!m_validation.complete)
            checked +=
                tr(" (the first %1; every row is checked again when importing)").arg(kCheckedRows);
        status.append(checked + QStringLiteral(", ") +
                      tr("%n invalid.", nullptr, int(m_validation.invalidRows)));
    }
    QStringList missing;
    for (const QList<CsvField> &group : m_mapping.missingRequired())
        missing.append(CsvFields::describe(group));
    if (!missing.isEmpty())
        status.append(tr("Choose a column for: %1.").arg(missing.join(QStringLiteral("; "))));
    else if (m_validation.invalidRows > 0 && !m_skipInvalid->isChecked())
        status.append(tr("Correct the invalid rows, or skip them."));
    m_status->setText(status.join(QLatin1Char(' ')));
    m_import->setEnabled(canImport());
}

void CsvMappingDialog::accept()
{
    refresh();
    if (canImport())
        QDialog::accept();
}

bool CsvMappingDialog::saveMappingTo(const QString &path, QString *error) const
{
    return mapping().save(path, error);
}

bool CsvMappingDialog::loadMappingFrom(const QString &path, QString *error)
{
    CsvMapping m;
    if (!CsvMapping::load(path, &m, error))
        return false;
    m_remembered.clear();
    setMapping(m);
    return true;
}

void CsvMappingDialog::chooseSaveFile()
{
    const QString suggested = QFileInfo(m_csvPath).absoluteDir().filePath(
        m_mapping.source + QStringLiteral(".mapping.json"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping"), suggested,
                                                      tr("Column mappings (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveMappingTo(path, &error))
        QMessageBox::warning(this, tr("Save Mapping"), error);
}

void CsvMappingDialog::chooseLoadFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Load Mapping"), QFileInfo(m_csvPath).absolutePath(),
                                     tr("Column mappings (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !loadMappingFrom(path, &error))
        QMessageBox::warning(this, tr("Load Mapping"), error);
}

} // namespace kindred
