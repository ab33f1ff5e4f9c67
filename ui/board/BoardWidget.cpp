#include "BoardWidget.h"

#include "BoardScene.h"
#include "BoardView.h"
#include "LegendWidget.h"
#include "panels/FilterBar.h"
#include "panels/InspectorPanel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kingside {

BoardWidget::BoardWidget(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_scene(new BoardScene(workspace, this)),
      m_view(new BoardView(m_scene, this)), m_filterBar(new FilterBar(this)),
      m_inspector(new InspectorPanel(workspace, this)), m_legend(new LegendWidget(this)),
      m_tools(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("boardWidget"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    const QList<std::tuple<BoardScene::Tool, QString, QString, QString>> tools{
        {BoardScene::Tool::Select, tr("Select"), QStringLiteral("toolSelect"),
         tr("Select and move pieces; drag from a team member to connect (S)")},
        {BoardScene::Tool::Connect, tr("Connect"), QStringLiteral("toolConnect"),
         tr("Drag from one person to another to add a relationship (C)")},
        {BoardScene::Tool::Wall, tr("Wall"), QStringLiteral("toolWall"),
         tr("Click a border, or drag from one department to another, to draw a wall (W)")},
        {BoardScene::Tool::Pan, tr("Pan"), QStringLiteral("toolPan"),
         tr("Drag to move the view (H)")}};
    const QStringList keys{QStringLiteral("S"), QStringLiteral("C"), QStringLiteral("W"),
                           QStringLiteral("H")};
    int k = 0;
    for (const auto &[tool, text, name, tip] : tools) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setCheckable(true);
        button->setShortcut(QKeySequence(keys[k++]));
        m_tools->addButton(button, int(tool));
        bar->addWidget(button);
    }
    m_tools->button(int(BoardScene::Tool::Select))->setChecked(true);
    connect(m_tools, &QButtonGroup::idClicked, this,
            [this](int id) { m_scene->setTool(BoardScene::Tool(id)); });
    connect(m_scene, &BoardScene::toolChanged, this,
            [this](BoardScene::Tool tool) { m_tools->button(int(tool))->setChecked(true); });
    bar->addSpacing(12);
    bar->addWidget(m_filterBar, 1);
    layout->addLayout(bar);

    auto *side = new QSplitter(Qt::Vertical, this);
    side->addWidget(m_legend);
    side->addWidget(m_inspector);
    side->setStretchFactor(0, 0);
    side->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("boardSplitter"));
    split->addWidget(m_view);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setSizes({1000, 330});
    side->setSizes({430, 470});
    layout->addWidget(split, 1);

    connect(m_filterBar, &FilterBar::filterChanged, m_scene, &BoardScene::setFilter);
    connect(m_filterBar, &FilterBar::searchRequested, this, [this](const QString &text) {
        if (!text.isEmpty() && !search(text))
            m_filterBar->setSearchMessage(tr("Nobody called “%1”").arg(text));
    });
    connect(m_scene, &BoardScene::synced, this, [this] {
        m_filterBar->setContext(m_scene->data());
        m_inspector->setContext(&m_scene->data());
        m_legend->setContext(m_scene->data().account.freshnessDays, m_scene->highlights());
    });
    connect(m_scene, &BoardScene::selectionChanged, this, &BoardWidget::syncInspector);
    connect(m_scene, &BoardScene::editRequested, m_inspector, &InspectorPanel::focusEditor);
    connect(m_inspector, &InspectorPanel::relationshipActivated, m_scene,
            &BoardScene::selectRelationship);
    connect(m_inspector, &InspectorPanel::personActivated, m_scene, &BoardScene::selectPerson);
}

void BoardWidget::setAccount(qint64 accountId)
{
    m_filterBar->setSearchMessage({});
    m_scene->setAccount(accountId);
    m_filterBar->clear();
    m_view->zoomToFit();
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

bool BoardWidget::search(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    qint64 found = 0;
    // A name that starts with the text wins over one that merely contains it.
    for (const bool prefix : {true, false}) {
        for (const QList<Person> *people : {&m_scene->data().clients, &m_scene->data().team}) {
            for (const Person &person : *people) {
                const bool match = prefix ? person.name.startsWith(needle, Qt::CaseInsensitive)
                                          : person.name.contains(needle, Qt::CaseInsensitive);
                if (match && found == 0)
                    found = person.id;
            }
        }
    }
    if (found == 0) {
        m_scene->clearHighlight(HighlightKind::Search);
        return false;
    }
    const auto *place = m_scene->layout().place(found);
    if (place && !place->visible && place->square.isValid())
        m_scene->toggleExpanded(place->square);
    m_scene->selectPerson(found);
    m_scene->setHighlight({found}, {}, HighlightKind::Search);
    m_view->centreOnPerson(found);
    return true;
}

} // namespace Kingside
