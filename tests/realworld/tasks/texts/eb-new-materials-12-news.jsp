<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>新材料规划7日发布 关键新材料自给率提高到70%- 【阳光易购】</title>
<c:import url="/view/srplatform/common/init.jsp">
	<c:param name="isLastLoadPage">
		true
	</c:param>
</c:import>

<!--CSS-->
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/web.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/skin07/css/seller.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/listDetail.css" />
<!--JS-->
<script type="text/javascript" src='/view/srplatform/portal/include/common.js'></script>
</head>

<body>

<div id="container">
	<!-- 头部开始 -->
	<div class="header">
		<%@ include file="/view/srplatform/portal/include/main_header_index.jsp" %>
	</div>
	<!-- 头部结束-->
    <!--主要内容 开始-->
	<div id="sysContent" class="page">
		<div id="contentSub" class="index3pa">
			<%@ include file="/view/staticpags/load/left_cms.jsp" %>
		</div>
		<div id="contentMain" class="index3pa">
			<div id="conTitle">
				<div class="navCurrent ">

	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/staticpags/goodszx/goodszx.jsp" title="供货资讯" class="cmsHref_self">供货资讯</a>
	<a href="javascript:void(0)" id="/view/staticpags/goodszx/ff8080813225280f013227a9515b002b.jsp" title="新材料规划7日发布 关键新材料自给率提高到70%" class="cmsHref_self">新材料规划7日发布 关键新材料自给率提高到70%</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="2c9087922e6f5c1a012e6f7274030138" />
				<div class="frameNews">
					<h1>新材料规划7日发布 关键新材料自给率提高到70%</h1>
					<div class="source">
						<span>发布时间：2011-09-02</span>
						<span>发布人：-  </span>
					</div>
					<p><P>《新材料产业“十二五”发展规划》将于9月7日在第一届中国国际新材料产业博览会上正式对外发布。</P>
<P>据悉，该博览会由工信部与黑龙江省人民政府共同主办，于9月6日-8日在黑龙江哈尔滨举行。包括稀土功能材料、特种玻璃、超导材料等顶尖的新材料产品将在博览会上进行展示。</P>
<P>按照博览会既定议程，在《规划》发布的同时，工信部原材料司官员将对《规划》进行现场解读。</P>
<P>巨大市场空间即将打开</P>
<P>根据记者获得的一份资料显示，《新材料产业“十二五”发展规划》将于7日上午在哈尔滨华旗饭店发布。</P>
<P>在《规划》发布的同时，中国稀土学会、中国钢铁工业协会、中国电子材料协会、中国建材联合会、中国石油和化学工业联合会将分别举行稀土新材料、钢铁新材料、半导体新材料、节能环保新材料、石化新材料等分论坛进行技术交流。</P>
<P>业内人士表示，《规划》的发布以及各个行业协会分论坛的举行，预示着新材料产业开始进入黄金增长期。</P>
<P>根据广发证券的测算显示，我国新材料产业年均增速高达22.5%。广发证券的研究报告认为，以纳米材料、稀土新材料、电池新材料和光电新材料作为统计口径计算，2010年新材料产业规模超过1300亿元，但由于新材料产业具有基础性产业的特点，其产业规模的扩大对于扩大其他产业的规模具有乘数效应，因此2010年我国新材料产业市场规模预计为6500亿元。而未来，该产业的市场空间将更加广阔。</P>
<P>关键新材料自给率提高到70%</P>
<P>权威人士向记者透露，在已经形成的战略性新兴产业“十二五”发展思路中，对新材料产业的表述是，“到2015年，突破一批国家建设亟须、引领未来发展的关键共性技术，关键新材料的自给率提高到70%。”</P>
<P>目前，新材料产业被明确为新型功能材料、先进结构材料和复合材料三个部分。在大力发展的产品类别中，稀土功能材料拔得头筹。</P>
<P>包钢稀土有关人士认为，应该把稀土功能材料的发展放在第一位，“七大战略性新兴产业的发展都难以离开稀土，其重要性不言而喻。”</P>
<P>因此，新材料产业“十二五”发展思路中明确提出，未来五年将“大力发展稀土永磁、催化、储氢等高性能稀土功能材料和稀土资源高效率综合利用技术”。记者了解到，未来5年，科技部将划拨总额3.5亿元的扶持资金，用于重点支持稀土材料在以上四个领域的应用研发。</P>
</p>
				</div>
			</div>
		</div>
	</div>
	<!--主要内容 结束-->
	<!-- 脚开始 -->
	<div class="footer">
	    <%@ include file="/view/srplatform/portal/include/foot.jsp" %>
	</div>
	<!-- 脚结束 -->
</div>
</body>

</html>

<script>
	// 为左边栏设定选中样式,判断用于解决点击左边栏后样式被覆盖问题
	var id = $("#channelId").val();
	if(null != $('.subnav>li[id='+id+']').html()) {
		$('.subnav>li').removeClass('selected');
		$('.subnav>li[id='+id+']').addClass('selected');
	}
</script>