#include "CsvMappingForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace kindred {

CsvMappingForm::CsvMappingForm(QWidget *parent)
    : QWidget(parent), m_target(new QComboBox(this)), m_source(new QComboBox(this)),
      m_encoding(new QComboBox(this)), m_delimiter(new QComboBox(this)),
      m_headerRow(new QSpinBox(this)), m_dateFormat(new QComboBox(this)),
      m_timezone(new QLineEdit(this)), m_currency(new QLineEdit(this)),
      m_platform(new QLineEdit(this))
{
    m_target->setObjectName(QStringLiteral("csvTarget"));
    for (CsvTarget t : CsvFields::targets())
        m_target->addItem(CsvFields::targetLabel(t), CsvFields::targetKey(t));
    m_source->setObjectName(QStringLiteral("csvSource"));
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->setToolTip(tr("Where the file comes from (e.g. zsxq, survey-2026): new members get "
                            "an identity on this platform, and the mapping is remembered for it."));
    m_encoding->setObjectName(QStringLiteral("csvEncoding"));
    m_encoding->addItem(tr("Auto"), QStringLiteral("auto"));
    m_encoding->addItem(QStringLiteral("UTF-8"), QStringLiteral("utf-8"));
    m_encoding->addItem(QStringLiteral("GB18030 / GBK"), QStringLiteral("gb18030"));
    m_encoding->addItem(QStringLiteral("UTF-16"), QStringLiteral("utf-16"));
    m_delimiter->setObjectName(QStringLiteral("csvDelimiter"));
    m_delimiter->addItem(tr("Auto"), QStringLiteral("auto"));
    m_delimiter->addItem(tr("Comma ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Pipe |"), QStringLiteral("|"));
    m_headerRow->setObjectName(QStringLiteral("csvHeaderRow"));
    m_headerRow->setRange(0, 1000);
    m_headerRow->setSpecialValueText(tr("none"));
    m_dateFormat->setObjectName(QStringLiteral("csvDateFormat"));
    m_dateFormat->setEditable(true);
    m_dateFormat->addItems({QStringLiteral("auto"), QStringLiteral("dd.MM.yyyy HH:mm"),
                            QStringLiteral("dd/MM/yyyy HH:mm"), QStringLiteral("MM/dd/yyyy HH:mm"),
                            QStringLiteral("M/d/yyyy h:mm AP")});
    m_dateFormat->setToolTip(tr("auto: ISO 8601, yyyy-MM-dd HH:mm, yyyy/M/d H:mm, 2026年3月1日, "
                                "unix seconds; or a Qt date format"));
    m_timezone->setObjectName(QStringLiteral("csvTimezone"));
    m_timezone->setToolTip(tr("IANA time zone of dates written without an offset"));
    m_currency->setObjectName(QStringLiteral("csvCurrency"));
    m_currency->setMaxLength(3);
    m_currency->setToolTip(tr("ISO 4217 currency of amounts written without one"));
    m_platform->setObjectName(QStringLiteral("csvMemberPlatform"));
    m_platform->setToolTip(tr("The platform of the member id column (e.g. telegram), to find "
                              "members already imported from it; empty = the source."));

    auto *file = new QGroupBox(tr("File"), this);
    auto *fileForm = new QFormLayout(file);
    fileForm->addRow(tr("Holds:"), m_target);
    fileForm->addRow(tr("Source:"), m_source);
    fileForm->addRow(tr("Encoding:"), m_encoding);
    fileForm->addRow(tr("Delimiter:"), m_delimiter);
    fileForm->addRow(tr("Header row:"), m_headerRow);
    auto *values = new QGroupBox(tr("Values"), this);
    auto *valuesForm = new QFormLayout(values);
    valuesForm->addRow(tr("Date format:"), m_dateFormat);
    valuesForm->addRow(tr("Time zone:"), m_timezone);
    valuesForm->addRow(tr("Default currency:"), m_currency);
    valuesForm->addRow(tr("Member id platform:"), m_platform);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(file, 1);
    layout->addWidget(values, 1);

    auto edited = [this]() {
        if (!m_updating)
            emit changed();
    };
    connect(m_target, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_updating)
            emit targetChanged();
    });
    connect(m_source, &QComboBox::activated, this,
            [this]() { emit sourceChosen(m_source->currentText().trimmed().toLower()); });
    connect(m_source, &QComboBox::editTextChanged, this, edited);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, edited);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, edited);
    connect(m_headerRow, &QSpinBox::valueChanged, this, edited);
    connect(m_dateFormat, &QComboBox::currentTextChanged, this, edited);
    connect(m_timezone, &QLineEdit::textChanged, this, edited);
    connect(m_currency, &QLineEdit::textChanged, this, edited);
    connect(m_platform, &QLineEdit::textChanged, this, edited);
}

void CsvMappingForm::setDefaults(const QString &currency, const QString &timezone)
{
    m_currency->setPlaceholderText(currency);
    m_timezone->setPlaceholderText(timezone);
}

void CsvMappingForm::setSources(const QStringList &sources)
{
    m_updating = true;
    const QString text = m_source->currentText();
    m_source->clear();
    m_source->addItems(sources);
    m_source->setEditText(text);
    m_updating = false;
}

void CsvMappingForm::setMapping(const CsvMapping &m)
{
    m_updating = true;
    auto select = [](QComboBox *combo, const QString &data) {
        combo->setCurrentIndex(std::max(0, combo->findData(data)));
    };
    select(m_target, CsvFields::targetKey(m.target));
    m_source->setEditText(m.source);
    select(m_encoding, m.encoding);
    select(m_delimiter, m.delimiter);
    m_headerRow->setValue(m.headerRow);
    m_dateFormat->setEditText(m.dateFormat);
    m_timezone->setText(m.timezone);
    m_currency->setText(m.currency);
    m_platform->setText(m.memberPlatform);
    m_updating = false;
}

void CsvMappingForm::apply(CsvMapping *m) const
{
    CsvFields::targetFromKey(m_target->currentData().toString(), &m->target);
    m->source = m_source->currentText().trimmed().toLower();
    m->encoding = m_encoding->currentData().toString();
    m->delimiter = m_delimiter->currentData().toString();
    m->headerRow = m_headerRow->value();
    m->dateFormat = m_dateFormat->currentText().trimmed();
    m->timezone = m_timezone->text().trimmed();
    m->currency = m_currency->text().trimmed().toUpper();
    m->memberPlatform = m_platform->text().trimmed().toLower();
}

void CsvMappingForm::setDetected(const QString &encoding, const QString &delimiter)
{
    m_encoding->setItemText(0, encoding.isEmpty() ? tr("Auto") : tr("Auto (%1)").arg(encoding));
    m_delimiter->setItemText(0, delimiter.isEmpty() ? tr("Auto") : tr("Auto (%1)").arg(delimiter));
}

} // namespace kindred
