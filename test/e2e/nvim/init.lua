-- Neovim end-to-end check for candor-language-server (Neovim 0.7+: vim.lsp.start_client).
-- Driven by test/server/neovim.test.ts through environment variables:
--   CANDOR_SERVER  the built server (dist/server.cjs)   CANDOR_NODE  the node binary
--   CANDOR_FILE    the draft to fix                      CANDOR_LOG   where this script logs
-- Opens the draft, attaches the server, waits for diagnostics, asks for code actions at the
-- assume-the-sale diagnostic, applies the preferred one, writes the file and quits.
-- Every wait is bounded; any failure exits with a non-zero code after logging why.
vim.opt.swapfile = false
vim.opt.shadafile = 'NONE'

local log_path = os.getenv('CANDOR_LOG')
local function log(message)
  local file = io.open(log_path, 'a')
  if file then
    file:write(message .. '\n')
    file:close()
  end
end

local function fail(message)
  log('FAIL: ' .. message)
  vim.cmd('cquit 3')
end

-- A hard stop, whatever happens below.
vim.defer_fn(function() fail('overall timeout (45 s)') end, 45000)

local function run()
  local file = os.getenv('CANDOR_FILE')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  log('filetype=' .. vim.bo[bufnr].filetype)

  local published
  local client_id = vim.lsp.start_client({
    name = 'candor',
    cmd = { os.getenv('CANDOR_NODE'), os.getenv('CANDOR_SERVER'), '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    settings = { candor = { debounceMs = 0 } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        if result and #result.diagnostics > 0 then published = result end
        return vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      end,
      ['window/logMessage'] = function(_, result) log('server: ' .. result.message) end,
    },
    on_exit = function(code) log('server exited with ' .. tostring(code)) end,
  })
  if not client_id then return fail('vim.lsp.start_client returned nil') end
  vim.lsp.buf_attach_client(bufnr, client_id)

  if not vim.wait(20000, function() return published ~= nil end, 20) then
    return fail('no diagnostics within 20 s')
  end
  local target
  for _, diagnostic in ipairs(published.diagnostics) do
    log(string.format('diagnostic %s %d:%d-%d:%d', diagnostic.code, diagnostic.range.start.line,
      diagnostic.range.start.character, diagnostic.range['end'].line, diagnostic.range['end'].character))
    if diagnostic.code == 'assume-the-sale' and not target then target = diagnostic end
  end
  if not target then return fail('no assume-the-sale diagnostic') end
  -- Also what Neovim made of it: byte columns from the UTF-16 range.
  for _, diagnostic in ipairs(vim.diagnostic.get(bufnr)) do
    if diagnostic.code == 'assume-the-sale' then log(string.format('vim.diagnostic col=%d end_col=%d', diagnostic.col, diagnostic.end_col)) end
  end

  local client = vim.lsp.get_client_by_id(client_id)
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = target.range,
    context = { diagnostics = { target } },
  }, 5000, bufnr)
  if not response or response.err or not response.result then
    return fail('codeAction failed: ' .. vim.inspect(response))
  end
  local preferred
  for _, action in ipairs(response.result) do
    log('action: ' .. action.title)
    if action.isPreferred and not preferred then preferred = action end
  end
  if not preferred then return fail('no preferred code action') end
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
  vim.cmd('write')
  log('wrote ' .. file)
  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  vim.cmd('qall!')
end

vim.schedule(function()
  local ok, err = pcall(run)
  if not ok then fail('error: ' .. tostring(err)) end
end)
