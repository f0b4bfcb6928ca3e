interface AliasChain {
  resolve: { alias: { get(key: string): unknown; delete(key: string): unknown; set(key: string, value: string): unknown } };
}
declare function reactDomWithCreateRoot(chain: AliasChain): void;
export = reactDomWithCreateRoot;
