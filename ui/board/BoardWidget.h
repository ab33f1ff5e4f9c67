#pragma once

#include <QWidget>

class QButtonGroup;
class QSplitter;

namespace Kingside {

class Workspace;
class BoardScene;
class BoardView;
class FilterBar;
class InspectorPanel;
class LegendWidget;

// The board tab: filter bar and tools above, the board in the middle, legend and
// inspector beside it. Build with a Workspace, then setAccount().
class BoardWidget : public QWidget
{
    Q_OBJECT

public:
    BoardWidget(Workspace *workspace, QWidget *parent = nullptr);

    void setAccount(qint64 accountId);
    qint64 accountId() const;

    BoardScene *scene() const { return m_scene; }
    BoardView *view() const { return m_view; }
    FilterBar *filterBar() const { return m_filterBar; }
    InspectorPanel *inspector() const { return m_inspector; }
    LegendWidget *legend() const { return m_legend; }

    // Edit → Delete: the selected line, wall or person (undoable).
    void deleteSelection();
    // Find a person by name: centre, select and mark them. False when nobody matches.
    bool search(const QString &text);

private:
    void syncInspector();

    Workspace *m_workspace;
    BoardScene *m_scene;
    BoardView *m_view;
    FilterBar *m_filterBar;
    InspectorPanel *m_inspector;
    LegendWidget *m_legend;
    QButtonGroup *m_tools;
};

} // namespace Kingside
