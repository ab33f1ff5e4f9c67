#pragma once

#include <QMap>
#include <QWidget>

class QAction;
class QActionGroup;
class QGridLayout;
class QLabel;
class QMenu;
class QSplitter;

namespace Kingside {

class Workspace;
class BoardScene;
class BoardView;
class FilterBar;
class InspectorPanel;
class LabelEditor;
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
    // Find a person by name: centre, select and mark them; the same text again finds the
    // next match. False when nobody matches.
    bool search(const QString &text);
    // Everyone whose name matches, in the order search() visits them.
    QList<qint64> matches(const QString &text) const;
    // The sizes of the board, legend and inspector (kept between runs by the window).
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

    // The tools (Select, Connect, Wall, Pan) and the board's commands (add a person, a
    // department, a level; find; clear the filters), for the window's Board menu.
    QList<QAction *> toolActions() const { return m_toolActions.values(); }
    QList<QAction *> commands() const { return m_commands; }

    // The board's edges: name a new department or level, rename one, or offer its menu
    // (rename, move, remove). The editor is the line edit "boardLabelEditor".
    void beginAddLabel(bool file);
    void beginRenameLabel(bool file, int index);
    void showLabelMenu(bool file, int index, const QPoint &screenPos);
    LabelEditor *labelEditor() const { return m_labelEditor; }
    // The edge's context menu while it is open (tests pick its entries), else null.
    QMenu *openLabelMenu() const { return m_labelMenuOpen; }

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void syncInspector();
    void updateMode();
    void arrangeBar();
    void updateEmptyHint();
    void createCommands();
    void followPalette();

    Workspace *m_workspace;
    BoardScene *m_scene;
    BoardView *m_view;
    FilterBar *m_filterBar;
    InspectorPanel *m_inspector;
    LegendWidget *m_legend;
    QActionGroup *m_toolGroup;
    QMap<int, QAction *> m_toolActions; // by BoardScene::Tool, in the tools' order
    QList<QAction *> m_commands;
    QAction *m_addPersonAction = nullptr;
    QAction *m_addDepartmentAction = nullptr;
    QAction *m_addLevelAction = nullptr;
    LabelEditor *m_labelEditor;
    QLabel *m_emptyHint;
    QMenu *m_labelMenuOpen = nullptr;
    QList<QSplitter *> m_splitters;
    QWidget *m_toolRow = nullptr;
    QGridLayout *m_barLayout = nullptr;
    bool m_barTwoRows = false;
    QString m_searchText;
    QList<qint64> m_searchMatches;
    int m_searchIndex = 0;
};

} // namespace Kingside
