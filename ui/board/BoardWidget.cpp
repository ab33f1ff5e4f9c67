#include "BoardWidget.h"

#include "BoardItems.h"
#include "BoardScene.h"
#include "BoardStyle.h"
#include "BoardView.h"
#include "LabelEditor.h"
#include "LegendWidget.h"
#include "panels/ButtonAction.h"
#include "panels/FilterBar.h"
#include "panels/InspectorPanel.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAction>
#include <QActionGroup>
#include <QDataStream>
#include <QEvent>
#include <QGraphicsItem>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kingside {

BoardWidget::BoardWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_scene(new BoardScene(workspace, this)),
      m_view(new BoardView(m_scene, this)), m_filterBar(new FilterBar(this)),
      m_inspector(new InspectorPanel(workspace, this)), m_legend(new LegendWidget(this)),
      m_toolGroup(new QActionGroup(this)), m_labelEditor(new LabelEditor(m_view)),
      m_emptyHint(new QLabel(m_view->viewport()))
{
    setObjectName(QStringLiteral("boardWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_toolRow = new QWidget(this);
    m_toolRow->setObjectName(QStringLiteral("boardTools"));
    auto *bar = new QHBoxLayout(m_toolRow);
    bar->setContentsMargins(4, 2, 4, 2);
    // Each tool is an action: its button here, its entry in the Board menu (README
    // "Desktop behaviour"), its letter while the keyboard is on the board.
    const QList<std::tuple<BoardScene::Tool, QString, QString, QString, QString, QString>> tools{
        {BoardScene::Tool::Select, tr("&Select"), QStringLiteral("toolSelect"),
         tr("Select and move pieces; drag from a team member to connect"), QStringLiteral("S"),
         QStringLiteral("select")},
        {BoardScene::Tool::Connect, tr("&Connect"), QStringLiteral("toolConnect"),
         tr("Drag from one person to another to add a relationship"), QStringLiteral("C"),
         QStringLiteral("connect")},
        {BoardScene::Tool::Wall, tr("&Wall"), QStringLiteral("toolWall"),
         tr("Click a border, or drag from one department to another, to draw a wall"),
         QStringLiteral("W"), QStringLiteral("wall")},
        {BoardScene::Tool::Pan, tr("&Pan"), QStringLiteral("toolPan"), tr("Drag to move the view"),
         QStringLiteral("H"), QStringLiteral("pan")}};
    for (const auto &[tool, text, name, tip, key, icon] : tools) {
        auto *action = new QAction(QIcon(QStringLiteral(":/kingside/icons/tool-%1.svg").arg(icon)),
                                   text, this);
        action->setObjectName(QStringLiteral("action") + name.mid(4, 1).toUpper() + name.mid(5) +
                              QStringLiteral("Tool"));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(key));
        // A letter is the board's own key: typing in the window's other fields and tables
        // never changes the tool.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setStatusTip(tip);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')), key));
        action->setData(int(tool));
        m_toolGroup->addAction(action);
        addAction(action);
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        bar->addWidget(button);
        m_toolActions.insert(int(tool), action);
    }
    m_toolActions.value(int(BoardScene::Tool::Select))->setChecked(true);
    connect(m_toolGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        m_scene->setTool(BoardScene::Tool(action->data().toInt()));
    });
    connect(m_scene, &BoardScene::toolChanged, this,
            [this](BoardScene::Tool tool) { m_toolActions.value(int(tool))->setChecked(true); });
    createCommands();
    // Tools and filters share a row; in a narrow window the filters take a second one.
    m_barLayout = new QGridLayout;
    m_barLayout->setContentsMargins(0, 0, 0, 0);
    m_barLayout->setSpacing(0);
    // The row's minimum is the filters' alone: else the window could never become narrow
    // enough to move them to their own row.
    m_toolRow->setMinimumSize(1, 1);
    m_barLayout->addWidget(m_toolRow, 0, 0);
    m_barLayout->addWidget(m_filterBar, 0, 1);
    m_barLayout->setColumnStretch(1, 1);
    layout->addLayout(m_barLayout);

    // The legend scrolls rather than shrinking its text (README "Reading the board").
    auto *legendScroll = new QScrollArea(this);
    legendScroll->setObjectName(QStringLiteral("boardLegendScroll"));
    legendScroll->setAccessibleName(tr("Legend"));
    legendScroll->setAccessibleDescription(
        tr("What the pieces, colours, markers, lines and marks on the board mean"));
    legendScroll->setWidgetResizable(true);
    legendScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    legendScroll->setFrameShape(QFrame::NoFrame);
    legendScroll->setWidget(m_legend);
    legendScroll->setMinimumHeight(80);
    auto *side = new QSplitter(Qt::Vertical, this);
    side->setObjectName(QStringLiteral("boardSideSplitter"));
    side->addWidget(legendScroll);
    side->addWidget(m_inspector);
    side->setStretchFactor(0, 0);
    side->setStretchFactor(1, 1);
    side->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("boardSplitter"));
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    split->setSizes({1000, 300});
    side->setSizes({330, 570});
    m_view->setMinimumWidth(280);
    side->setMinimumWidth(220);
    layout->addWidget(split, 1);
    m_splitters = {split, side};

    connect(m_filterBar, &FilterBar::filterChanged, m_scene, &BoardScene::setFilter);
    connect(m_filterBar, &FilterBar::searchRequested, this, [this](const QString &text) {
        if (!text.isEmpty() && !search(text))
            m_filterBar->setSearchMessage(tr("Nobody called “%1”").arg(text));
    });
    connect(m_filterBar, &FilterBar::searchEdited, this, [this] { m_searchMatches.clear(); });
    connect(m_scene, &BoardScene::synced, this, [this] {
        m_filterBar->setContext(m_scene->data());
        m_inspector->setContext(&m_scene->data());
        m_legend->setContext(m_scene->data().account.freshnessDays, m_scene->highlights());
    });
    // The legend follows every mark as it is shown or cleared.
    connect(m_scene, &BoardScene::highlightsChanged, this, [this] {
        m_legend->setContext(m_scene->data().account.freshnessDays, m_scene->highlights());
    });
    connect(m_workspace, &Workspace::opened, this, &BoardWidget::updateMode);
    connect(m_workspace, &Workspace::closed, this, &BoardWidget::updateMode);
    updateMode();
    connect(m_scene, &BoardScene::synced, this, &BoardWidget::updateEmptyHint);
    connect(m_scene, &BoardScene::addLabelRequested, this, &BoardWidget::beginAddLabel);
    connect(m_scene, &BoardScene::renameLabelRequested, this, &BoardWidget::beginRenameLabel);
    connect(m_scene, &BoardScene::labelMenuRequested, this, &BoardWidget::showLabelMenu);
    m_emptyHint->setObjectName(QStringLiteral("boardEmptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyHint->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(255, 255, 255, 230); color: #233; border: 1px solid #9ab; "
        "border-radius: 6px; padding: 10px; }"));
    m_emptyHint->hide();
    connect(m_scene, &BoardScene::selectionChanged, this, &BoardWidget::syncInspector);
    connect(m_scene, &BoardScene::editRequested, m_inspector, &InspectorPanel::focusEditor);
    connect(m_inspector, &InspectorPanel::relationshipActivated, m_scene,
            &BoardScene::selectRelationship);
    connect(m_inspector, &InspectorPanel::personActivated, m_scene, &BoardScene::selectPerson);
    followPalette();
}

void BoardWidget::setAccount(qint64 accountId)
{
    m_filterBar->setSearchMessage({});
    m_searchMatches.clear();
    m_scene->setAccount(accountId);
    m_filterBar->clear();
    m_view->zoomToFit();
}

void BoardWidget::createCommands()
{
    const auto command = [this](const QString &text, const QString &name, const QString &tip,
                                auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        m_commands.append(action);
        return action;
    };
    m_addPersonAction = command(
        tr("Add &Person Here…"), QStringLiteral("actionAddPerson"),
        tr("Add a client person on the square picked, or a member of our team: type the name "
           "in the inspector"),
        [this] {
            m_scene->clearSelection();
            syncInspector();
            m_inspector->focusEditor();
        });
    m_addDepartmentAction =
        command(tr("Add &Department…"), QStringLiteral("actionAddDepartment"),
                tr("Name a new department: a new file at the right of the board"),
                [this] { beginAddLabel(true); });
    m_addLevelAction = command(tr("Add &Level…"), QStringLiteral("actionAddLevel"),
                               tr("Name a new level: a new rank at the bottom of the board"),
                               [this] { beginAddLabel(false); });
    QAction *find = command(tr("&Find a Person…"), QStringLiteral("actionFindPerson"),
                            tr("Type part of a name to find someone on the board"), [this] {
                                m_filterBar->searchEdit()->setFocus();
                                m_filterBar->searchEdit()->selectAll();
                            });
    find->setShortcut(QKeySequence::Find);
    find->setToolTip(tr("Type part of a name to find someone on the board (%1)")
                         .arg(find->shortcut().toString(QKeySequence::NativeText)));
    QAction *clear =
        command(tr("&Clear Filters"), QStringLiteral("actionClearFilters"),
                tr("Show every line and person again"), [this] { m_filterBar->clear(); });
    if (auto *button = m_filterBar->findChild<QAbstractButton *>(QStringLiteral("filterClear")))
        ButtonAction::link(button, clear);
}

void BoardWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        followPalette();
}

void BoardWidget::followPalette()
{
    // The board's own colours follow the window's light or dark palette (README "Desktop
    // behaviour"); cached pieces and layers are drawn again in the new colours.
    BoardStyle::setScheme(BoardStyle::schemeFor(palette()));
    m_view->setBackgroundBrush(BoardStyle::sceneBackground());
    for (QGraphicsItem *item : m_scene->items())
        item->update();
    m_legend->update();
}

void BoardWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeBar();
}

void BoardWidget::arrangeBar()
{
    const bool oneRow = m_toolRow->sizeHint().width() + m_filterBar->sizeHint().width() <= width();
    if (oneRow == !m_barTwoRows)
        return;
    m_barTwoRows = !oneRow;
    m_barLayout->removeWidget(m_filterBar);
    if (oneRow)
        m_barLayout->addWidget(m_filterBar, 0, 1);
    else
        m_barLayout->addWidget(m_filterBar, 1, 0, 1, 2);
}

void BoardWidget::updateMode()
{
    // Review and read-only: the tools that edit are shown off, not left looking active.
    const bool writable =
        m_workspace->isOpen() && m_workspace->mode() == Workspace::Mode::ReadWrite;
    for (const BoardScene::Tool tool : {BoardScene::Tool::Connect, BoardScene::Tool::Wall})
        m_toolActions.value(int(tool))->setEnabled(writable);
    for (QAction *action : {m_addPersonAction, m_addDepartmentAction, m_addLevelAction})
        action->setEnabled(writable);
    if (!writable &&
        (m_scene->tool() == BoardScene::Tool::Connect || m_scene->tool() == BoardScene::Tool::Wall))
        m_scene->setTool(BoardScene::Tool::Select);
    m_inspector->setWritable(writable);
}

QByteArray BoardWidget::saveLayout() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    for (const QSplitter *splitter : m_splitters)
        out << splitter->saveState();
    return state;
}

void BoardWidget::restoreLayout(const QByteArray &state)
{
    QDataStream in(state);
    for (QSplitter *splitter : m_splitters) {
        QByteArray one;
        in >> one;
        if (in.status() != QDataStream::Ok)
            return;
        splitter->restoreState(one);
    }
}

qint64 BoardWidget::accountId() const
{
    return m_scene->accountId();
}

void BoardWidget::syncInspector()
{
    if (m_scene->selectedRelationshipId())
        m_inspector->showRelationship(m_scene->selectedRelationshipId());
    else if (m_scene->selectedPersonId())
        m_inspector->showPerson(m_scene->selectedPersonId());
    else
        m_inspector->showNothing(m_scene->currentSquare());
}

void BoardWidget::deleteSelection()
{
    m_scene->removeSelection();
}

QList<qint64> BoardWidget::matches(const QString &text) const
{
    const QString needle = text.trimmed();
    QList<qint64> found;
    if (needle.isEmpty())
        return found;
    // Names that start with the text come before those that merely contain it; any word
    // of the name may start it ("Brandt" finds Sofia Brandt first).
    const auto wordStarts = [&needle](const QString &name) {
        if (name.startsWith(needle, Qt::CaseInsensitive))
            return true;
        for (const QString &word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (word.startsWith(needle, Qt::CaseInsensitive))
                return true;
        return false;
    };
    for (const bool prefix : {true, false}) {
        for (const QList<Person> *people : {&m_scene->data().clients, &m_scene->data().team}) {
            for (const Person &person : *people) {
                const bool match = prefix ? wordStarts(person.name)
                                          : person.name.contains(needle, Qt::CaseInsensitive);
                if (match && !found.contains(person.id))
                    found.append(person.id);
            }
        }
    }
    return found;
}

bool BoardWidget::search(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    // The same text again: the next match (F3 and Enter step through them).
    if (needle.compare(m_searchText, Qt::CaseInsensitive) != 0 || m_searchMatches.isEmpty()) {
        m_searchText = needle;
        m_searchMatches = matches(needle);
        m_searchIndex = 0;
    } else {
        m_searchIndex = (m_searchIndex + 1) % int(m_searchMatches.size());
    }
    if (m_searchMatches.isEmpty()) {
        m_scene->clearHighlight(HighlightKind::Search);
        return false;
    }
    const qint64 found = m_searchMatches[m_searchIndex];
    if (!m_scene->data().person(found)) {
        m_searchMatches.clear(); // the board changed meanwhile: search afresh
        return search(needle);
    }
    m_filterBar->setSearchMessage(
        m_searchMatches.size() > 1
            ? tr("%1 of %2: Enter for the next").arg(m_searchIndex + 1).arg(m_searchMatches.size())
            : QString());
    const auto *place = m_scene->layout().place(found);
    if (place && !place->visible && place->square.isValid())
        m_scene->toggleExpanded(place->square);
    m_scene->selectPerson(found);
    m_scene->setHighlight({found}, {}, HighlightKind::Search);
    m_view->centreOnPerson(found);
    return true;
}

void BoardWidget::updateEmptyHint()
{
    const BoardData &data = m_scene->data();
    QString text;
    if (data.isValid() && (data.departments.isEmpty() || data.levels.isEmpty()))
        text = tr("<b>This board has no %1 yet.</b><br>Click the <b>+</b> right of the top "
                  "edge to add a department (a file), and the <b>+</b> below the left edge to "
                  "add a level (a rank, top = board of directors). Double-click a name on the "
                  "edge to rename it, drag it to reorder, right-click it for more.")
                   .arg(data.departments.isEmpty() && data.levels.isEmpty()
                            ? tr("departments or levels")
                        : data.departments.isEmpty() ? tr("departments")
                                                     : tr("levels"));
    else if (data.isValid() && data.clients.isEmpty() && data.team.isEmpty())
        text = tr("<b>Nobody on this board yet.</b><br>Click a square, type a name in the "
                  "inspector and press Enter to add a client person there; choose “Our team” "
                  "there to add a member of our account team. Or use File → Import Contacts…");
    m_emptyHint->setText(text);
    m_emptyHint->setVisible(!text.isEmpty());
    if (!text.isEmpty()) {
        const int viewportWidth = m_view->viewport()->width();
        int width = qMin(520, qMax(240, viewportWidth - 40));
        int left = (viewportWidth - width) / 2;
        m_emptyHint->setFixedWidth(width);
        m_emptyHint->adjustSize();
        int top = qMax(8, m_view->viewport()->height() - m_emptyHint->height() - 16);
        // The hint never hides the "+" that adds a level: it moves right of it.
        const QRect plus =
            m_view->mapFromScene(m_scene->addRankButton()->sceneBoundingRect()).boundingRect();
        if (QRect(left, top, width, m_emptyHint->height())
                .intersects(plus.adjusted(-4, -4, 4, 4))) {
            left = plus.right() + 12;
            width = qMax(240, qMin(520, viewportWidth - left - 16));
            m_emptyHint->setFixedWidth(width);
            m_emptyHint->adjustSize();
            top = qMax(8, m_view->viewport()->height() - m_emptyHint->height() - 16);
        }
        m_emptyHint->move(left, top);
        m_emptyHint->raise();
    }
}

void BoardWidget::beginAddLabel(bool file)
{
    const QRectF button =
        file ? m_scene->addFileButton()->boundingRect() : m_scene->addRankButton()->boundingRect();
    const QRectF where = file ? QRectF(button.left(), button.top(), 160, button.height())
                              : QRectF(button.left(), button.top(), 160, button.height());
    m_labelEditor->open(where, {}, file ? tr("New department's name") : tr("New level's name"),
                        [this, file](const QString &name) {
                            return file ? m_scene->addDepartment(name) : m_scene->addLevel(name);
                        });
}

void BoardWidget::beginRenameLabel(bool file, int index)
{
    const BoardData &data = m_scene->data();
    const QString current =
        file ? data.departments.value(index).name : data.levels.value(index).name;
    const QRectF label =
        file ? m_scene->fileLabelRect(index) : m_scene->rankLabelRect(index).adjusted(0, 0, 0, -80);
    m_labelEditor->open(label, current, {}, [this, file, index](const QString &name) {
        return file ? m_scene->renameFile(index, name) : m_scene->renameRank(index, name);
    });
}

void BoardWidget::showLabelMenu(bool file, int index, const QPoint &screenPos)
{
    const BoardData &data = m_scene->data();
    const int count = int(file ? data.departments.size() : data.levels.size());
    if (index < 0 || index >= count)
        return;
    const QString name = file ? data.departments[index].name : data.levels[index].name;
    const qint64 id = file ? data.departments[index].id : data.levels[index].id;
    int standing = 0;
    for (const Person &person : data.clients)
        standing += (file ? person.departmentId : person.levelId) == id;
    const bool writable = m_workspace->mode() == Workspace::Mode::ReadWrite;

    QMenu menu(this);
    menu.setObjectName(QStringLiteral("boardLabelMenu"));
    menu.setToolTipsVisible(true);
    QAction *rename = menu.addAction(file ? tr("Rename Department…") : tr("Rename Level…"));
    rename->setObjectName(QStringLiteral("labelRename"));
    connect(rename, &QAction::triggered, this, [=, this] { beginRenameLabel(file, index); });
    QAction *add = menu.addAction(file ? tr("Add Department…") : tr("Add Level…"));
    connect(add, &QAction::triggered, this, [=, this] { beginAddLabel(file); });
    menu.addSeparator();
    QAction *before = menu.addAction(file ? tr("Move Left") : tr("Move Up"));
    before->setObjectName(QStringLiteral("labelMoveBefore"));
    before->setEnabled(index > 0);
    connect(before, &QAction::triggered, this, [=, this] {
        file ? m_scene->moveFile(index, index - 1) : m_scene->moveRank(index, index - 1);
    });
    QAction *after = menu.addAction(file ? tr("Move Right") : tr("Move Down"));
    after->setObjectName(QStringLiteral("labelMoveAfter"));
    after->setEnabled(index < count - 1);
    connect(after, &QAction::triggered, this, [=, this] {
        file ? m_scene->moveFile(index, index + 1) : m_scene->moveRank(index, index + 1);
    });
    menu.addSeparator();
    QAction *remove = menu.addAction(file ? tr("Remove Department “%1”").arg(name)
                                          : tr("Remove Level “%1”").arg(name));
    remove->setObjectName(QStringLiteral("labelRemove"));
    if (standing > 0)
        remove->setToolTip(tr("%n people stand here: move them first, or remove it moving them "
                              "with the entry below.",
                              nullptr, standing));
    connect(remove, &QAction::triggered, this,
            [=, this] { file ? m_scene->removeFile(index) : m_scene->removeRank(index); });
    if (standing > 0 && count > 1) {
        QMenu *moving = menu.addMenu(tr("Remove, Moving Its %n People to", nullptr, standing));
        moving->setObjectName(QStringLiteral("labelRemoveMoving"));
        for (int other = 0; other < count; ++other) {
            if (other == index)
                continue;
            QAction *target =
                moving->addAction(file ? data.departments[other].name : data.levels[other].name);
            target->setObjectName(QStringLiteral("labelRemoveMovingTo%1").arg(other));
            connect(target, &QAction::triggered, this, [=, this] {
                file ? m_scene->removeFile(index, other) : m_scene->removeRank(index, other);
            });
        }
        moving->setEnabled(writable);
    }
    for (QAction *action : {rename, add, before, after, remove})
        action->setEnabled(action->isEnabled() && writable);
    m_labelMenuOpen = &menu;
    menu.exec(screenPos);
    m_labelMenuOpen = nullptr;
}

} // namespace Kingside
