// The project's linter (npm run lint, part of npm test): TypeScript's recommended rules, Microsoft's Office
// add-in rules (they turn our Office.js habits — load before read, sync before read, no sync in a loop,
// isNullObject — into checks), no import circles, and hosts reaching the engine only through its entry.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import importX, { createNodeResolver } from "eslint-plugin-import-x";

export default tseslint.config(
  { ignores: ["dist/**", "out/**", "node_modules/**", "coverage/**", "test-results/**", "**/*.js", "**/*.cjs", "**/*.mjs"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/**/*.{ts,tsx}", "test/**/*.ts"],
    plugins: { "office-addins": officeAddins, "import-x": importX },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })] },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "import-x/no-cycle": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Hosts import the engine through src/scorecard/index.ts, never its modules one by one.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/scorecard/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "/scorecard/.+", message: "Import the engine through its entry (src/scorecard/index.ts)." }] }],
    },
  },
);
