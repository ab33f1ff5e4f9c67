#include "PageSetupWidget.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>

namespace Kingside {

PageSetupWidget::PageSetupWidget(bool withPaper, QWidget *parent) : QWidget(parent)
{
    setWindowTitle(tr("Map layout"));
    auto *form = new QFormLayout(this);
    if (withPaper) {
        m_paper = new QComboBox(this);
        m_paper->setObjectName(QStringLiteral("paper"));
        for (const auto paper : {PageSetup::Paper::A4, PageSetup::Paper::A3,
                                 PageSetup::Paper::Letter, PageSetup::Paper::Legal})
            m_paper->addItem(PageSetup::paperName(paper), int(paper));
        form->addRow(tr("&Paper:"), m_paper);
        m_orientation = new QComboBox(this);
        m_orientation->setObjectName(QStringLiteral("orientation"));
        m_orientation->addItem(tr("Portrait"), false);
        m_orientation->addItem(tr("Landscape"), true);
        form->addRow(tr("&Orientation:"), m_orientation);
    }
    m_fit = new QRadioButton(tr("&Fit the map on one page"), this);
    m_fit->setObjectName(QStringLiteral("fit"));
    m_tiled = new QRadioButton(tr("&Tile the map over several pages"), this);
    m_tiled->setObjectName(QStringLiteral("tiled"));
    form->addRow(m_fit);
    form->addRow(m_tiled);
    auto *tiles = new QHBoxLayout;
    m_columns = new QSpinBox(this);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->setRange(1, PageSetup::MaxTiles);
    m_rows = new QSpinBox(this);
    m_rows->setObjectName(QStringLiteral("rows"));
    m_rows->setRange(1, PageSetup::MaxTiles);
    tiles->addWidget(m_columns);
    tiles->addWidget(new QLabel(tr("across ×"), this));
    tiles->addWidget(m_rows);
    tiles->addWidget(new QLabel(tr("down"), this));
    tiles->addStretch();
    form->addRow(tr("Pages:"), tiles);
    m_overlap = new QDoubleSpinBox(this);
    m_overlap->setObjectName(QStringLiteral("overlap"));
    m_overlap->setRange(0, 50);
    m_overlap->setSuffix(tr(" mm"));
    form->addRow(tr("&Overlap:"), m_overlap);
    auto *hint = new QLabel(tr("Tiles carry crop marks and a grid label (\"B2 of 3×2\") so "
                               "that they assemble into one map on a wall."),
                            this);
    hint->setWordWrap(true);
    form->addRow(hint);
    connect(m_fit, &QRadioButton::toggled, this, &PageSetupWidget::updateEnabled);
    setSetup(PageSetup{});
}

void PageSetupWidget::setSetup(const PageSetup &setup)
{
    m_base = setup;
    if (m_paper) {
        m_paper->setCurrentIndex(m_paper->findData(int(setup.paper)));
        m_orientation->setCurrentIndex(setup.landscape ? 1 : 0);
    }
    m_fit->setChecked(!setup.isTiled());
    m_tiled->setChecked(setup.isTiled());
    m_columns->setValue(setup.isTiled() ? setup.columns : 2);
    m_rows->setValue(setup.isTiled() ? setup.rows : 2);
    m_overlap->setValue(setup.overlapMm);
    updateEnabled();
}

PageSetup PageSetupWidget::setup() const
{
    PageSetup setup = m_base;
    if (m_paper) {
        setup.paper = PageSetup::Paper(m_paper->currentData().toInt());
        setup.landscape = m_orientation->currentData().toBool();
    }
    setup.columns = m_tiled->isChecked() ? m_columns->value() : 1;
    setup.rows = m_tiled->isChecked() ? m_rows->value() : 1;
    setup.overlapMm = m_overlap->value();
    return setup;
}

void PageSetupWidget::updateEnabled()
{
    const bool tiled = m_tiled->isChecked();
    m_columns->setEnabled(tiled);
    m_rows->setEnabled(tiled);
    m_overlap->setEnabled(tiled);
}

} // namespace Kingside
