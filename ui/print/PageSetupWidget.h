#pragma once

#include "PageSetup.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QRadioButton;
class QSpinBox;

namespace Kingside {

// Paper, orientation and "fit on one page" or C × R tiles with their overlap: an option
// tab of the print dialog and the body of the PDF export's layout dialog.
class PageSetupWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PageSetupWidget(bool withPaper, QWidget *parent = nullptr);

    void setSetup(const PageSetup &setup);
    PageSetup setup() const;

private:
    void updateEnabled();

    QComboBox *m_paper = nullptr; // absent when the print dialog chooses the paper
    QComboBox *m_orientation = nullptr;
    QRadioButton *m_fit = nullptr;
    QRadioButton *m_tiled = nullptr;
    QSpinBox *m_columns = nullptr;
    QSpinBox *m_rows = nullptr;
    QDoubleSpinBox *m_overlap = nullptr;
    PageSetup m_base;
};

} // namespace Kingside
