#include "TestWorkspace.h"

#include "demo/DemoBuilder.h"
#include "workspace/AccountStore.h"

namespace Kingside::Test {

TestWorkspace::TestWorkspace(Content content)
    : m_path(m_dir.filePath(QStringLiteral("test.kingside"))),
      m_workspace(std::make_unique<Workspace>())
{
    if (!m_workspace->create(m_path)) {
        m_error = m_workspace->errorString();
        return;
    }
    if (content == Content::Demo && !DemoBuilder::populate(*m_workspace, fixedToday(), &m_error))
        return;
    m_valid = true;
}

qint64 TestWorkspace::accountId(const QString &name) const
{
    const auto account = AccountStore(m_workspace->database()).accountByName(name);
    return account ? account->id : 0;
}

} // namespace Kingside::Test
