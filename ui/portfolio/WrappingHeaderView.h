#pragma once

#include <QHeaderView>

namespace Kingside {

// A horizontal table header whose titles wrap onto two lines instead of being cut short:
// a section asks for the width of its longest word (or of its two balanced lines), the
// header grows to two lines when any title wraps, and hovering a title shows it whole
// (README "The portfolio view").
class WrappingHeaderView : public QHeaderView
{
    Q_OBJECT

public:
    explicit WrappingHeaderView(QWidget *parent = nullptr);

    // The title as drawn in `width` pixels: its words on as few lines as fit.
    QString wrappedText(int logicalIndex, int width) const;
    // After the sections were resized: one or two lines tall, as the titles now need.
    void refitHeight();

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void initStyleOptionForIndex(QStyleOptionHeader *option, int logicalIndex) const override;
    bool viewportEvent(QEvent *event) override;

private:
    QString titleOf(int logicalIndex) const;
    int textMargin(int logicalIndex) const;
};

} // namespace Kingside
