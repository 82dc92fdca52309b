// Starts `ratingbook lsp` for .framework files; everything else is the language server's.
"use strict";

const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const [command, ...args] = vscode.workspace
    .getConfiguration("ratingbook")
    .get("command", ["ratingbook", "lsp"]);
  client = new LanguageClient(
    "ratingbook",
    "ratingbook",
    { command, args },
    {
      documentSelector: [
        { scheme: "file", language: "ratingbook" },
        { scheme: "untitled", language: "ratingbook" },
      ],
    },
  );
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
