export default definePageConfig({ navigationBarTitleText: '育儿补贴' });
