#include "EmptyState.h"

#include "Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kindred {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_logo(new QLabel(this)), m_headline(new QLabel(this)),
      m_detail(new QLabel(this)), m_demo(new QPushButton(this)), m_import(new QPushButton(this))
{
    m_logo->setPixmap(Icons::appLogo(72));
    m_logo->setAlignment(Qt::AlignCenter);
    m_headline->setObjectName(QStringLiteral("emptyHeadline"));
    m_headline->setAlignment(Qt::AlignCenter);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.45);
    big.setWeight(QFont::DemiBold);
    m_headline->setFont(big);
    m_detail->setObjectName(QStringLiteral("emptyDetail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setFixedWidth(500); // a fixed width lets the wrapped text take its full height
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    m_demo->setObjectName(QStringLiteral("openDemoButton"));
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);
    for (QPushButton *b : {m_demo, m_import})
        b->setMinimumSize(170, 34);
    connect(m_demo, &QPushButton::clicked, this, &EmptyState::openDemoClicked);
    connect(m_import, &QPushButton::clicked, this, &EmptyState::importClicked);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_demo);
    buttons->addSpacing(8);
    buttons->addWidget(m_import);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_logo);
    layout->addSpacing(16);
    layout->addWidget(m_headline);
    layout->addSpacing(4);
    auto *detail = new QHBoxLayout; // not an alignment flag: that loses the wrapped height
    detail->addStretch();
    detail->addWidget(m_detail);
    detail->addStretch();
    layout->addLayout(detail);
    layout->addSpacing(20);
    layout->addLayout(buttons);
    layout->addStretch(3);
    retranslateUi();
}

void EmptyState::setTexts(const QString &headline, const QString &detail)
{
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString EmptyState::headline() const
{
    return m_headline->text();
}

QString EmptyState::detail() const
{
    return m_detail->text();
}

void EmptyState::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EmptyState::retranslateUi()
{
    m_demo->setText(tr("Open demo community"));
    m_demo->setToolTip(tr("Explore Kindred with a realistic sample community"));
    m_import->setText(tr("Import export…"));
    m_import->setToolTip(tr("Import a Telegram or WhatsApp chat export"));
}

} // namespace kindred
